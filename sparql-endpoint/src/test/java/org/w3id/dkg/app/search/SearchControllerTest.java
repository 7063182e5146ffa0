package org.w3id.dkg.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.store.DkgStore;

/** {@code /api/search} over an English and a French document: each is found by inflected words of its own language. */
class SearchControllerTest {
    /** English dev text ed06: "Andorra deposited its instrument of accession to the Chemical Weapons Convention ...". */
    private static final Path ENGLISH = Path.of("..", "loader", "src", "test", "resources", "fixtures", "real", "en", "dev", "texts", "ed06.txt");
    private static DkgStore store;
    private static SearchController search;

    @BeforeAll
    static void loadAnEnglishAndAFrenchDocument() throws Exception {
        Path french;
        try (var files = Files.list(Path.of("..", "corpus"))) {
            french = files.filter(f -> f.getFileName().toString().startsWith("000")).findFirst().orElseThrow();
        }
        store = DkgStore.inMemory();
        new CorpusLoader(DocumentPipeline.withDefaults(), store).load(List.of(ENGLISH, french), new CorpusLoader.Listener() {});
        search = new SearchController(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anEnglishFactIsFoundByAnotherFormOfItsVerb() {
        // "depositing" is stemmed to "deposit" only by the English analyzer; the quote says "deposited"
        List<Map<String, Object>> hits = search.search("depositing", 20);
        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.get("kind")).isNotNull();
            assertThat((String) hit.get("label")).contains("Andorra deposited its instrument of accession");
            assertThat((String) hit.get("document")).contains("ed06");
        });
    }

    @Test
    void aFrenchFactIsStillFoundByItsFrenchWords() {
        // report 000: "l’Espagne a mené une inspection à Chypre", found by the plural
        assertThat(search.search("inspections Chypre", 20)).anySatisfy(hit ->
                assertThat((String) hit.get("label")).contains("inspection à Chypre"));
    }
}
