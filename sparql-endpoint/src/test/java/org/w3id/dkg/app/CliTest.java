package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.app.extract.FactJsonLines;

/** The commands that do not start a server, run in-process on a TDB2 copy of the fixture. */
class CliTest {
    @TempDir
    static Path tmp;
    static Path db;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void store() {
        db = Fixture.onDisk(tmp.resolve("tdb2"));
    }

    static Run dkg(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DkgMain.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(dkg("--no-such-option").code()).isEqualTo(2);
        assertThat(dkg().code()).isEqualTo(2);
        assertThat(dkg("query").code()).isEqualTo(2);
        assertThat(dkg("query", "states", "--format", "xml").code()).isEqualTo(2);
        assertThat(dkg("export", "--db", db.toString()).err()).contains("--format");
        assertThat(dkg("query", "x", "--db", db.toString(), "--endpoint", "http://localhost:1/dkg/sparql").code()).isEqualTo(2);
    }

    @Test
    void helpExitsWith0() {
        for (String command : new String[] {"serve", "load", "extract", "query", "stats", "export", "validate"}) {
            Run run = dkg(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: dkg " + command);
        }
    }

    @Test
    void queryPrintsCsv() {
        String rq = Fixture.resource("/queries/states.rq");
        Run all = dkg("query", rq, "--db", db.toString(), "--format", "csv");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).isEqualTo("state,label\r\nESP,Spain\r\nMEX,Mexico\r\n");
        Run one = dkg("query", rq, "--db", db.toString(), "--format", "csv", "--param", "state=MEX");
        assertThat(one.out()).isEqualTo("state,label\r\nMEX,Mexico\r\n");
        Run table = dkg("query", rq, "--db", db.toString());
        assertThat(table.out()).contains("| state | label       |");
    }

    @Test
    void queryRefusesBadParametersAndUnknownQueries() {
        String rq = Fixture.resource("/queries/states.rq");
        Run bad = dkg("query", rq, "--db", db.toString(), "--param", "country=MEX");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("country").contains("declared: state");
        Run unknown = dkg("query", "no-such-query", "--db", db.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no-such-query");
        Run noStore = dkg("query", rq, "--db", tmp.resolve("nothing").toString());
        assertThat(noStore.code()).isEqualTo(2);
        assertThat(noStore.err()).contains("no store");
    }

    @Test
    void statsCountsGraphsClassesAndFacts() {
        Run stats = dkg("stats", "--db", db.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out())
                .contains("2 documents")
                .contains("triples per graph:")
                .contains("dkgg:document/doc-a")
                .contains("instances per class:")
                .containsPattern("2  dkg:State")
                .contains("facts per fact type:")
                .containsPattern("2  dkg:InstrumentAction");
    }

    @Test
    void loadOfAMissingFileExitsWith2NamingIt() {
        Path missing = tmp.resolve("no-such-report.txt");
        Run load = dkg("load", "--db", tmp.resolve("load-db").toString(), missing.toString());
        assertThat(load.code()).isEqualTo(2);
        assertThat(load.err()).contains(missing.toString()).contains("no such file");
    }

    @Test
    void extractOfAMissingFileExitsWith2() {
        Run run = dkg("extract", tmp.resolve("missing.txt").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("missing.txt");
    }

    @Test
    void exportWritesEveryQuad() {
        Run nq = dkg("export", "--db", db.toString(), "--format", "nq");
        assertThat(nq.code()).as(nq.err()).isZero();
        long quads = nq.out().lines().filter(l -> !l.isBlank()).count();
        Run stats = dkg("stats", "--db", db.toString());
        assertThat(stats.out()).contains(": " + quads + " triples");
        Run trig = dkg("export", "--db", db.toString(), "--format", "trig");
        assertThat(trig.out()).contains("PREFIX dkg:").contains("<https://w3id.org/dkg/graph/document/doc-b> {");
    }

    @Test
    void validateWithoutShapesSaysSo() {
        assumeTrue(getClass().getClassLoader().getResource("dkg/ontology/shapes.ttl") == null);
        Run run = dkg("validate", "--db", db.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("no shapes");
    }

    @Test
    void factsAsJsonLines() {
        Model doc = RDFDataMgr.loadDataset(Fixture.class.getResource("/fixture.trig").toString())
                .getNamedModel("https://w3id.org/dkg/graph/document/doc-b");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = FactJsonLines.write(doc, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(n).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"fact\":\"https://w3id.org/dkg/id/fact/b1\","
                + "\"type\":\"dkg:InstrumentAction\",\"properties\":{\"dkg:action\":\"signed\",\"dkg:actor\":\"https://w3id.org/dkg/id/state/MEX\","
                + "\"dkg:instrument\":\"https://w3id.org/dkg/id/instrument/ATT\"},\"quote\":\"Mexico signed the \\\"ATT\\\"\"}\n");
    }
}
