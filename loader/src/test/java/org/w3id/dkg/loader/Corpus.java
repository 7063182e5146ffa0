package org.w3id.dkg.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.dkg.loader.reading.DocumentReader;
import org.w3id.dkg.loader.reading.SourceDocument;

/** The repository's corpus, seen from the module directory (Surefire's working directory). */
public final class Corpus {
    public static final Path DIR = Path.of("..", "corpus");

    private Corpus() {}

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus file whose name starts with {@code prefix} (e.g. {@code "000"}). */
    public static Path file(String prefix) {
        return files().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus file " + prefix));
    }

    /** The corpus file whose name starts with {@code prefix}, read. */
    public static SourceDocument read(String prefix) {
        try {
            return new DocumentReader().read(file(prefix));
        } catch (BadDocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
