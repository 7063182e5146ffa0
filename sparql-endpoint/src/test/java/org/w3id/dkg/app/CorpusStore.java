package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.LoadReport;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The bundled corpus loaded once into a TDB2 store in a temporary folder, shared by the test
 * classes that serve it in turn (loading takes most of their time). Tests that write to it
 * remove what they wrote. The folder is deleted when the test JVM ends.
 */
final class CorpusStore {
    private static DkgStore store;

    private CorpusStore() {}

    static synchronized DkgStore get() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("dkg-corpus-store");
                store = DkgStore.open(dir);
                LoadReport report = new CorpusLoader(DocumentPipeline.withDefaults(), store)
                        .load(List.of(Path.of("..", "corpus")), new CorpusLoader.Listener() {});
                assertThat(report.failures()).isEmpty();
                DkgStore opened = store;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    opened.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the build for
        }
    }
}
