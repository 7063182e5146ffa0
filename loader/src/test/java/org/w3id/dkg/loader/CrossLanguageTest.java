package org.w3id.dkg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * An English and a French report of one fact read into one graph: the same State and instrument entities (one key,
 * one IRI, whichever language names them), each report with its own quote, and each document with its language.
 */
class CrossLanguageTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures/cross-language");
    private static final DocumentPipeline PIPELINE = DocumentPipeline.withDefaults();
    private static final String FACTS = """
            PREFIX dkg: <https://w3id.org/dkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?actor ?instrument ?doc ?quote WHERE { GRAPH ?g {
              ?fact a dkg:InstrumentAction ; dkg:actor ?actor ; dkg:instrument ?instrument ;
                    dkg:document/skos:notation ?doc ; dkg:evidence/oa:hasSelector/oa:exact ?quote .
              ?actor skos:notation "AUT" . ?instrument skos:notation "ATT" } }""";

    @Test
    void aRatificationReportedInEnglishAndInFrenchIsOneEntityPairWithBothQuotes() {
        try (DkgStore store = DkgStore.inMemory()) {
            new CorpusLoader(PIPELINE, store).load(List.of(DIR.resolve("att-ratifications-en.txt"),
                    DIR.resolve("att-ratifications-fr.txt")), new CorpusLoader.Listener() {});
            List<QuerySolution> rows = store.read(ds -> {
                List<QuerySolution> found = new ArrayList<>();
                try (QueryExecution exec = QueryExecution.dataset(ds).query(FACTS).build()) {
                    exec.execSelect().forEachRemaining(found::add);
                }
                return found;
            });
            assertThat(rows).extracting(r -> r.getResource("actor").getURI()).containsOnly(rows.get(0).getResource("actor").getURI());
            assertThat(rows).extracting(r -> r.getResource("instrument").getURI())
                    .containsOnly(rows.get(0).getResource("instrument").getURI());
            Map<String, String> quoteLanguageByDoc = new TreeMap<>();
            rows.forEach(r -> quoteLanguageByDoc.put(r.getLiteral("doc").getString(), r.getLiteral("quote").getLanguage()));
            assertThat(quoteLanguageByDoc).containsExactly(Map.entry("att-ratifications-en", "en"), Map.entry("att-ratifications-fr", "fr"));
            assertThat(rows).extracting(r -> r.getLiteral("quote").getString())
                    .anySatisfy(q -> assertThat(q).contains("Austria").contains("deposited their respective instruments of ratification"))
                    .anySatisfy(q -> assertThat(q).contains("l’Autriche").contains("instruments respectifs de ratification"));
        }
    }

    @Test
    void anEnglishDocumentIsRecordedInEnglishAndTheDocumentsQueryShowsIt() throws Exception {
        String documents = Files.readString(Path.of("..", "queries", "documents.rq"));
        try (DkgStore store = DkgStore.inMemory()) {
            new CorpusLoader(PIPELINE, store).load(List.of(DIR.resolve("att-ratifications-en.txt"),
                    DIR.resolve("att-ratifications-fr.txt")), new CorpusLoader.Listener() {});
            Map<String, String> languages = store.read(ds -> {
                Map<String, String> byDoc = new TreeMap<>();
                try (QueryExecution exec = QueryExecution.dataset(ds).query(documents).build()) {
                    exec.execSelect().forEachRemaining(r -> byDoc.put(r.getLiteral("docId").getString(), r.getLiteral("language").getString()));
                }
                return byDoc;
            });
            assertThat(languages).containsExactly(Map.entry("att-ratifications-en", "en"), Map.entry("att-ratifications-fr", "fr"));
        }
    }
}
