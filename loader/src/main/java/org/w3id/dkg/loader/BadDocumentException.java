package org.w3id.dkg.loader;

import java.nio.file.Path;

/**
 * A document that cannot be read or understood. The message names the file and says
 * what is wrong, because it is shown to the person who ran the load as it is.
 */
public class BadDocumentException extends Exception {
    private final Path file;

    public BadDocumentException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public BadDocumentException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
