package org.w3id.dkg.loader.recognising;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.dkg.loader.Corpus;

/** Raw corpus text and the gold tables of ../shared, found by document-number prefix. */
final class CorpusFiles {
    /** The hand-checked facts beside the repository ({@code ../shared/gold}), seen from the module directory. */
    static final Path GOLD = org.w3id.dkg.loader.Gold.dir();

    private CorpusFiles() {}

    static String read(String prefix) {
        try {
            return Files.readString(Corpus.file(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
