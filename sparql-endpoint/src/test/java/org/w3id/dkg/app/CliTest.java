package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.update.UpdateAction;
import org.w3id.dkg.loader.store.DkgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void extractPrintsEveryFactAsAJsonLineWithItsEvidence() {
        Run run = dkg("extract", Path.of("..", "corpus", "004_047198d78f0f4c1e.txt").toString(), "--format", "jsonl");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line)
                .contains("\"quote\":\"").contains("\"start\":").contains("\"rule\":\"").contains("\"confidence\":"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("\"dkg:entity\":\"UKR\"").contains("\"type\":\"dkg:Mention\"")
                .contains("\"quote\":\"de l’Ukraine\""));
    }

    @Test
    void validatePassesOnALoadedDocumentAndFailsWhenAQuoteNoLongerMatchesItsText() {
        Path store = tmp.resolve("validate-db");
        Run load = dkg("load", "--db", store.toString(), Path.of("..", "corpus", "004_047198d78f0f4c1e.txt").toString());
        assertThat(load.code()).as(load.err()).isZero();
        Run valid = dkg("validate", "--db", store.toString());
        assertThat(valid.code()).as(valid.out() + valid.err()).isZero();

        try (DkgStore tdb = DkgStore.open(store)) {
            tdb.dataset().executeWrite(() -> UpdateAction.parseExecute("""
                    PREFIX oa: <http://www.w3.org/ns/oa#>
                    DELETE { GRAPH ?g { ?s oa:exact ?q } } INSERT { GRAPH ?g { ?s oa:exact "Ukraine (altered)" } }
                    WHERE { { SELECT ?g ?s ?q WHERE { GRAPH ?g { ?s oa:exact ?q } } ORDER BY ?s LIMIT 1 } }
                    """, tdb.dataset()));
        }
        Run invalid = dkg("validate", "--db", store.toString());
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.out() + invalid.err()).contains("is not found at offsets").contains("Ukraine (altered)");
    }

    @Test
    void aLoadOfManyDocumentsCompactsTheStoreAndLosesNothing() {
        Path store = tmp.resolve("compact-db");
        String a = Path.of("..", "corpus", "004_047198d78f0f4c1e.txt").toString();
        String b = Path.of("..", "corpus", "002_04d691f756cba794.txt").toString();
        Run small = dkg("load", "--db", store.toString(), "--compact-after", "3", a, b);
        assertThat(small.code()).as(small.err()).isZero();
        assertThat(small.err()).as("below the threshold").doesNotContain("compacted");
        long triples = triplesIn(store);

        Run large = dkg("load", "--db", store.toString(), "--compact-after", "2", a, b);
        assertThat(large.code()).as(large.err()).isZero();
        assertThat(large.err()).containsPattern("compacted .*: [\\d,]+ -> [\\d,]+ bytes");
        assertThat(triplesIn(store)).as("the same graphs after reloading and compacting").isEqualTo(triples);
    }

    @Test
    void aDocumentOverTheTimeLimitIsRefusedByNameAndTheStoreStaysAsItWas() {
        Path store = tmp.resolve("time-limit-db");
        String a = Path.of("..", "corpus", "004_047198d78f0f4c1e.txt").toString();
        String b = Path.of("..", "corpus", "002_04d691f756cba794.txt").toString();
        Run first = dkg("load", "--db", store.toString(), "--max-document-time", "2m", a);
        assertThat(first.code()).as(first.err()).isZero();
        long triples = triplesIn(store);

        Run late = dkg("load", "--db", store.toString(), "--max-document-time", "1ms", a, b);
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err()).contains(a + ": took longer than the time limit of 1 ms per document")
                .contains(b + ": took longer than the time limit of 1 ms per document").contains("nothing of it was stored");
        assertThat(triplesIn(store)).as("the first load's graphs, untouched").isEqualTo(triples);

        Run zero = dkg("load", "--db", store.toString(), "--max-document-time", "0s", a);
        assertThat(zero.code()).isNotZero();
        assertThat(zero.err()).contains("not a positive duration");
    }

    @Test
    void reindexRebuildsTheFullTextIndexFromEveryLabelAndQuoteOfTheStore() {
        long literals;
        try (DkgStore tdb = DkgStore.openReadOnly(db)) {
            literals = tdb.read(ds -> QueryExecution.dataset(ds).query("""
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX oa: <http://www.w3.org/ns/oa#>
                    SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o VALUES ?p { rdfs:label skos:altLabel oa:exact } } }
                    """).build().execSelect().next().getLiteral("n").getLong());
        }
        Run reindex = dkg("reindex", "--db", db.toString());
        assertThat(reindex.code()).as(reindex.err()).isZero();
        assertThat(literals).isGreaterThan(0);
        assertThat(reindex.err()).contains("text index rebuilt: " + literals + " literal(s)");
    }

    @Test
    void commandsOnAPathThatIsNoStoreSaySo() throws Exception {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a store");
        Run load = dkg("load", "--db", file.toString(), Path.of("..", "corpus", "004_047198d78f0f4c1e.txt").toString());
        assertThat(load.code()).isEqualTo(2);
        assertThat(load.err()).contains(file + ": cannot open the store").doesNotContain("locked");
    }

    @Test
    void aStoreHeldByAnotherProcessIsReportedWithWhatToDoInstead() throws Exception {
        Path held = Files.createDirectories(tmp.resolve("held-db"));
        // Another process holding the store as a running 'dkg serve' does (TDB2's lock on tdb.lock).
        Path holder = Path.of("..", "loader", "src", "test", "resources", "store", "HoldLock.java");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaCommand, holder.toString(), held.resolve("tdb.lock").toString()).redirectErrorStream(true).start();
        try {
            assertThat(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine())
                    .isEqualTo("locked");
            for (String command : new String[] {"stats", "load"}) {
                Run run = "load".equals(command)
                        ? dkg("load", "--db", held.toString(), Path.of("..", "corpus", "004_047198d78f0f4c1e.txt").toString())
                        : dkg(command, "--db", held.toString());
                assertThat(run.code()).as(command).isEqualTo(2);
                assertThat(run.err()).as(command).contains(held + ": the store is locked by another process")
                        .contains("dkg load --server http://localhost:3030").contains("--endpoint http://localhost:3030/dkg/sparql");
            }
        } finally {
            p.getOutputStream().close();
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    /** Opens a store just long enough to count its triples. */
    private static long triplesIn(Path dir) {
        try (DkgStore tdb = DkgStore.open(dir)) {
            return tdb.read(org.w3id.dkg.app.store.StoreStats::triples);
        }
    }
}
