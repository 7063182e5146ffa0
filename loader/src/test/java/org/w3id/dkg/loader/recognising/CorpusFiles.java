package org.w3id.dkg.loader.recognising;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds corpus files and gold tables by document-number prefix, so tests never hard-code file hashes. */
final class CorpusFiles {
    static final Path CORPUS = Path.of("..", "corpus");
    static final Path GOLD = Path.of("..", "..", "..", "shared", "gold");

    private CorpusFiles() {}

    static String read(String prefix) {
        try (Stream<Path> files = Files.list(CORPUS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")
                            && f.getFileName().toString().endsWith(".txt"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no corpus file " + prefix));
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
