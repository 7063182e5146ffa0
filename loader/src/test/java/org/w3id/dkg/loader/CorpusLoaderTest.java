package org.w3id.dkg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.ontology.Iris;

class CorpusLoaderTest {
    private static final DocumentPipeline PIPELINE = DocumentPipeline.withDefaults();

    @Test
    void loadsEveryCorpusDocumentIntoItsOwnGraphOfATdb2Store(@TempDir Path db) {
        try (DkgStore store = DkgStore.open(db)) {
            LoadReport report = new CorpusLoader(PIPELINE, store).load(List.of(Corpus.DIR), new CorpusLoader.Listener() {});
            assertThat(report.failures()).isEmpty();
            assertThat(report.loaded()).hasSize(5).contains("000_d03a33050df2f971", "004_047198d78f0f4c1e");
            List<String> graphs = store.read(ds -> {
                List<String> names = new ArrayList<>();
                ds.listNames().forEachRemaining(names::add);
                return names;
            });
            assertThat(graphs).contains(Iris.ONTOLOGY_GRAPH, Iris.REFERENCE_GRAPH,
                    Iris.documentGraph("000_d03a33050df2f971"), Iris.documentGraph("003_7e784a58fc65ffc2"));
        }
    }

    @Test
    void reloadingADocumentReplacesItsGraphWithTheSameTriples(@TempDir Path db) {
        try (DkgStore store = DkgStore.open(db)) {
            CorpusLoader loader = new CorpusLoader(PIPELINE, store);
            loader.load(List.of(Corpus.file("000")), new CorpusLoader.Listener() {});
            long first = graphSize(store, "000_d03a33050df2f971");
            loader.load(List.of(Corpus.file("000")), new CorpusLoader.Listener() {});
            assertThat(graphSize(store, "000_d03a33050df2f971")).isEqualTo(first).isGreaterThan(100);
        }
    }

    @Test
    void aBadFileIsReportedByNameSkippedAndLeavesWhatWasStoredIntact(@TempDir Path db, @TempDir Path in)
            throws Exception {
        try (DkgStore store = DkgStore.open(db)) {
            CorpusLoader loader = new CorpusLoader(PIPELINE, store);
            loader.load(List.of(Corpus.file("004")), new CorpusLoader.Listener() {});
            long before = graphSize(store, "004_047198d78f0f4c1e");

            // A broken file with the same docId, and a good one beside it.
            Path broken = in.resolve("004_047198d78f0f4c1e.txt");
            Files.write(broken, new byte[] {'L', 'a', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x'});
            Files.copy(Corpus.file("002"), in.resolve(Corpus.file("002").getFileName()));
            List<String> failed = new ArrayList<>();
            LoadReport report = loader.load(List.of(in), new CorpusLoader.Listener() {
                @Override
                public void failed(BadDocumentException problem) {
                    failed.add(problem.getMessage());
                }
            });

            assertThat(report.loaded()).containsExactly("002_04d691f756cba794");
            assertThat(failed).singleElement().asString().contains(broken.toString()).contains("UTF-8");
            assertThat(graphSize(store, "004_047198d78f0f4c1e")).isEqualTo(before);
        }
    }

    @Test
    void extractingOnManyCoresStoresTheSameGraphsInTheOrderOfTheFilesAsOneCoreDoes() {
        try (DkgStore one = DkgStore.inMemory(); DkgStore many = DkgStore.inMemory()) {
            List<String> written = new ArrayList<>();
            LoadReport sequential = new CorpusLoader(PIPELINE, one).withWorkers(1).load(List.of(Corpus.DIR), new CorpusLoader.Listener() {});
            LoadReport parallel = new CorpusLoader(PIPELINE, many).withWorkers(4).load(List.of(Corpus.DIR), new CorpusLoader.Listener() {
                @Override
                public void loaded(String docId, long triples) {
                    written.add(docId);
                }
            });
            assertThat(parallel.loaded()).isEqualTo(sequential.loaded()).hasSize(5);
            assertThat(written).isSorted().isEqualTo(sequential.loaded());
            assertThat(parallel.triples()).isEqualTo(sequential.triples());
            for (String docId : sequential.loaded()) {
                boolean same = one.read(a -> many.read(b -> a.getNamedModel(Iris.documentGraph(docId))
                        .isIsomorphicWith(b.getNamedModel(Iris.documentGraph(docId)))));
                assertThat(same).as(docId).isTrue();
            }
        }
    }

    @Test
    void aDocumentOverTheTimeLimitIsRefusedByNameAndNothingOfItIsStored() {
        try (DkgStore store = DkgStore.inMemory()) {
            List<String> failed = new ArrayList<>();
            LoadReport report = new CorpusLoader(PIPELINE, store).withTimeLimit(java.time.Duration.ofMillis(1))
                    .load(List.of(Corpus.file("001"), Corpus.file("002")), new CorpusLoader.Listener() {
                        @Override
                        public void failed(BadDocumentException problem) {
                            failed.add(problem.getMessage());
                        }
                    });
            assertThat(report.loaded()).isEmpty();
            assertThat(failed).hasSize(2).allSatisfy(m -> assertThat(m).contains("took longer than the time limit"));
            assertThat(failed.get(0)).contains(Corpus.file("001").getFileName().toString());
            assertThat(graphSize(store, "001_60f20e3de86118c1")).isZero();
        }
    }

    private static long graphSize(DkgStore store, String docId) {
        return store.read(ds -> ds.getNamedModel(Iris.documentGraph(docId)).size());
    }
}
