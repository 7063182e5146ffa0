package org.w3id.dkg.loader.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.ExtractedDocument;
import org.w3id.dkg.ontology.Iris;

class DkgStoreTest {
    private static final DocumentPipeline PIPELINE = DocumentPipeline.withDefaults();
    /** The evidence of Spain's inspection in Cyprus, report 000 (paragraph 348 of the text). */
    private static final String WORDS = "inspection Chypre";

    @Test
    void everyWriteThroughAStoreOpenedForWritingIsSearchable(@TempDir Path db) {
        try (DkgStore store = DkgStore.open(db)) {
            assertThat(store.indexBuiltOnOpen()).as("a new store gets a new index").isTrue();
            new CorpusLoader(PIPELINE, store).load(List.of(Corpus.file("000")), new CorpusLoader.Listener() {});
            assertThat(Files.isDirectory(db.resolve("text-index"))).isTrue();
            assertThat(search(store, WORDS)).anySatisfy(quote -> assertThat(quote)
                    .contains("l’Espagne a mené une inspection à Chypre dans le cadre du"));
        }
    }

    @Test
    void anInMemoryStoreIsIndexedToo() {
        try (DkgStore store = DkgStore.inMemory()) {
            new CorpusLoader(PIPELINE, store).load(List.of(Corpus.file("000")), new CorpusLoader.Listener() {});
            assertThat(search(store, WORDS)).anySatisfy(quote -> assertThat(quote).contains("inspection à Chypre"));
        }
    }

    @Test
    void englishQuotesAreSearchedWithTheEnglishStemmerAndFrenchOnesWithTheFrenchOne() {
        // ed06 (English dev text): "Andorra deposited its instrument of accession to the Chemical Weapons Convention";
        // report 000 (French): "l’Espagne a mené une inspection à Chypre".
        Path english = Path.of("src/test/resources/fixtures/real/en/dev/texts/ed06.txt");
        try (DkgStore store = DkgStore.inMemory()) {
            new CorpusLoader(PIPELINE, store).load(List.of(english, Corpus.file("000")), new CorpusLoader.Listener() {});
            assertThat(search(store, "depositing")).as("the main field stems with the French analyzer")
                    .noneSatisfy(quote -> assertThat(quote).contains("deposited its instrument of accession"));
            assertThat(search(store, "depositing", "en")).as("the English field meets the English verb")
                    .anySatisfy(quote -> assertThat(quote).contains("deposited its instrument of accession"));
            assertThat(search(store, "(inspections Chypre)", "fr")).anySatisfy(quote -> assertThat(quote).contains("inspection à Chypre"));
            assertThat(search(store, "(inspections Chypre)", "en")).as("a French quote is not in the English field")
                    .noneSatisfy(quote -> assertThat(quote).contains("inspection à Chypre"));
        }
    }

    @Test
    void aStoreWrittenAroundItsIndexGetsTheIndexBuiltWhenOpenedForWriting(@TempDir Path db) throws Exception {
        // What a bulk load (tdb2.tdbloader) leaves: the graph in TDB2, no text index.
        ExtractedDocument doc = PIPELINE.extract(Corpus.file("000"));
        Dataset bulk = TDB2Factory.connectDataset(db.toString());
        bulk.executeWrite(() -> bulk.addNamedModel(doc.graphIri(), doc.model()));
        assertThat(Files.exists(db.resolve("text-index"))).isFalse();

        try (DkgStore store = DkgStore.open(db)) {
            assertThat(store.indexBuiltOnOpen()).isTrue();
            assertThat(search(store, WORDS)).anySatisfy(quote -> assertThat(quote).contains("inspection à Chypre"));
            long literals = store.reindex();
            assertThat(literals).as("every label and quote of the document").isEqualTo(indexedLiterals(store));
            assertThat(search(store, WORDS)).as("the same hits after reindexing").isNotEmpty();
        }
    }

    @Test
    void aStoreOpenedReadOnlyRefusesWritesAndKeepsItsGraphs(@TempDir Path db) {
        try (DkgStore store = DkgStore.open(db)) {
            new CorpusLoader(PIPELINE, store).load(List.of(Corpus.file("004")), new CorpusLoader.Listener() {});
        }
        String graph = Iris.documentGraph("004_047198d78f0f4c1e");
        try (DkgStore store = DkgStore.openReadOnly(db)) {
            long before = store.<Long>read(ds -> ds.getNamedModel(graph).size());
            assertThat(before).isGreaterThan(100);
            assertThatThrownBy(() -> store.replaceGraph(graph, ModelFactory.createDefaultModel()))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(store::reindex).isInstanceOf(IllegalStateException.class);
            assertThat(store.<Long>read(ds -> ds.getNamedModel(graph).size())).isEqualTo(before);
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsReportedAsLocked(@TempDir Path db) throws Exception {
        Process holder = holdLock(db.resolve(StoreLock.FILE));
        try {
            assertThatThrownBy(() -> DkgStore.open(db)).isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining(db.toString()).hasMessageContaining("in use by another process");
            assertThatThrownBy(() -> DkgStore.openReadOnly(db)).isInstanceOf(StoreLockedException.class);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }

    @Test
    void aPathThatCannotHoldAStoreIsNotReportedAsLocked(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-store"), "x");
        assertThatThrownBy(() -> DkgStore.open(file)).isInstanceOf(StoreBusyException.class)
                .isNotInstanceOf(StoreLockedException.class).hasMessageContaining("not-a-store: cannot open the store");
        assertThatThrownBy(() -> DkgStore.openReadOnly(tmp.resolve("nothing"))).isInstanceOf(StoreBusyException.class)
                .hasMessageContaining("no store here");
    }

    /** The quotes and labels the text index finds for {@code words}. */
    private static List<String> search(DkgStore store, String words) {
        return search(store, words, null);
    }

    /** The quotes and labels the text index finds for {@code words} in the field of {@code language} (null: the main field). */
    private static List<String> search(DkgStore store, String words, String language) {
        return store.read(ds -> {
            List<String> hits = new ArrayList<>();
            String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?literal WHERE { (?s ?score ?literal) text:query (\""
                    + words + "\"" + (language == null ? "" : " \"lang:" + language + "\"") + ") }";
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                exec.execSelect().forEachRemaining(row -> hits.add(row.getLiteral("literal").getString()));
            }
            return hits;
        });
    }

    /** How many literals the index covers, counted in the store itself. */
    private static long indexedLiterals(DkgStore store) {
        return store.read(ds -> {
            String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                    + "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o "
                    + "VALUES ?p { rdfs:label skos:altLabel oa:exact } } }";
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** Starts a JVM that locks {@code lockFile} as TDB2 does, and waits until it holds the lock. */
    private static Process holdLock(Path lockFile) throws Exception {
        Path source = Path.of(DkgStoreTest.class.getResource("/store/HoldLock.java").toURI());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, source.toString(), lockFile.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the other process holds the lock").isEqualTo("locked");
        return p;
    }
}
