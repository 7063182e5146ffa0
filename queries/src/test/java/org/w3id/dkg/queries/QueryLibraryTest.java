package org.w3id.dkg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryLibraryTest {
    static final String DATA = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dkg: <https://w3id.org/dkg/ontology#> .
            <https://w3id.org/dkg/id/state/ESP> skos:notation "ESP" ; rdfs:label "Spain"@en, "Espagne"@fr .
            <https://w3id.org/dkg/id/state/MEX> skos:notation "MEX" ; rdfs:label "Mexico"@en .
            <https://w3id.org/dkg/id/fact/1> dkg:evidence [ dkg:quote "Spain ratified the ATT" ] .
            <https://w3id.org/dkg/id/fact/2> dkg:evidence [ dkg:quote "Mexico hosted" ] .
            """;
    static Dataset dataset;
    final QueryLibrary library = QueryLibrary.onClassPath(getClass().getClassLoader(), "dkg/testqueries");

    @BeforeAll
    static void data() {
        dataset = DatasetFactory.createTxnMem();
        dataset.executeWrite(() -> RDFDataMgr.read(dataset.getDefaultModel(), new StringReader(DATA), null, Lang.TURTLE));
    }

    @Test
    void listsTheIndexedQueriesWithTheirHeaders() {
        assertThat(library.names()).containsExactly("by-key", "fact-quote");
        LibraryQuery q = library.find("by-key").orElseThrow();
        assertThat(q.title()).isEqualTo("Entities by key");
        assertThat(q.description()).isEqualTo("Every entity with a key and an English label; narrowed to one key with --param key=ESP.");
        assertThat(q.params()).containsExactly(new Param("key", Param.Kind.LITERAL, false, "an entity key (skos:notation)"));
        assertThat(library.find("fact-quote").orElseThrow().params())
                .containsExactly(new Param("fact", Param.Kind.IRI, true, "a fact IRI"));
    }

    @Test
    void theStandardLibraryIsPackagedWithItsIndex() {
        assertThat(QueryLibrary.standard().names()).contains("documents");
        assertThat(QueryLibrary.standard().list()).allSatisfy(q -> assertThat(q.query()).isNotNull());
    }

    @Test
    void runsWithoutParametersAsCsv() {
        assertThat(csv("by-key", Map.of())).isEqualTo("key,label\r\nESP,Spain\r\nMEX,Mexico\r\n");
    }

    @Test
    void bindsALiteralParameterAsATermNotAsText() {
        assertThat(csv("by-key", Map.of("key", "ESP"))).isEqualTo("key,label\r\nESP,Spain\r\n");
        assertThat(csv("by-key", Map.of("key", "ESP\" || true || \""))).isEqualTo("key,label\r\n");
    }

    @Test
    void aBoundQueryIsStillValidSparqlForARemoteEndpoint() {
        LibraryQuery q = library.find("by-key").orElseThrow();
        org.apache.jena.query.Query bound = Substitution.apply(q.query(),
                QueryParameters.bind(q, q.query(), Map.of("key", "ESP")));
        String text = bound.serialize();
        assertThat(text).contains("\"ESP\"").doesNotContain("ORDER BY \"ESP\"");
        assertThat(org.apache.jena.query.QueryFactory.create(text).getResultVars()).containsExactly("key", "label");
    }

    @Test
    void bindsAnIriParameter() {
        assertThat(csv("fact-quote", Map.of("fact", "https://w3id.org/dkg/id/fact/1")))
                .isEqualTo("fact,quote\r\nhttps://w3id.org/dkg/id/fact/1,Spain ratified the ATT\r\n");
        assertThat(csv("fact-quote", Map.of("fact", "<https://w3id.org/dkg/id/fact/2>")))
                .contains("Mexico hosted");
        assertThatThrownBy(() -> csv("fact-quote", Map.of("fact", "> } ; DROP ALL")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an absolute IRI");
    }

    @Test
    void refusesUnknownAndMissingParameters() {
        assertThatThrownBy(() -> csv("by-key", Map.of("stat", "ESP")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stat").hasMessageContaining("declared: key");
        assertThatThrownBy(() -> csv("fact-quote", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs --param fact");
    }

    @Test
    void writesTableTsvAndJson() {
        String table = out("by-key", ResultFormat.TABLE);
        assertThat(table).contains("| key   | label       |").contains("| \"ESP\" | \"Spain\"@en  |");
        assertThat(out("by-key", ResultFormat.TSV)).startsWith("?key\t?label\n\"ESP\"\t\"Spain\"@en\n");
        assertThat(out("by-key", ResultFormat.JSON)).contains("\"vars\"").contains("\"value\": \"Spain\"");
    }

    @Test
    void resolvesAFileAsWellAsAName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.rq");
        Files.writeString(file, "# title: Mine\nSELECT * { ?s ?p ?o } LIMIT 1\n");
        assertThat(library.resolve(file.toString()).title()).isEqualTo("Mine");
        assertThat(library.resolve("by-key").name()).isEqualTo("by-key");
        assertThatThrownBy(() -> library.resolve("nope")).hasMessageContaining("nope").hasMessageContaining("by-key");
    }

    private String csv(String name, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.on(dataset).run(library.find(name).orElseThrow(), params, ResultFormats.writer(ResultFormat.CSV, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String out(String name, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.on(dataset).run(library.find(name).orElseThrow(), Map.of(), ResultFormats.writer(format, out));
        return out.toString(StandardCharsets.UTF_8);
    }
}
