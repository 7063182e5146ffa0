package org.w3id.dkg.bench;

import java.nio.file.Path;
import java.util.List;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.LoadReport;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The path of {@code dkg load --db DIR FOLDER} without its progress bar: the same
 * {@link CorpusLoader} over {@link DocumentPipeline#withDefaults()} into a TDB2 {@link DkgStore} opened for
 * writing, full-text index included, so the benchmark measures what a user runs. Started in its own JVM
 * under {@link HeapProbe}.
 *
 * <p>Usage: {@code OurLoad DB_DIR FOLDER}
 */
public final class OurLoad {
    private OurLoad() {}

    public static void main(String[] args) {
        try (DkgStore store = DkgStore.open(Path.of(args[0]))) {
            LoadReport report = new CorpusLoader(DocumentPipeline.withDefaults(), store)
                    .load(List.of(Path.of(args[1])), new CorpusLoader.Listener() {});
            System.err.printf("LOADED documents=%d failed=%d triples=%d%n",
                    report.loaded().size(), report.failures().size(), report.triples());
            // Every refused document with its reason: the benchmark names them (LoadBench reads the FAILED lines).
            report.failures().forEach(f -> System.err.println("FAILED " + f.getMessage()));
        }
    }
}
