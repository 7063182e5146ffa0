package org.w3id.dkg.loader.store;

import java.nio.file.Path;

/**
 * The store cannot be opened, most often because a running {@code dkg serve} holds it:
 * TDB2 allows one process per store. The message says what to do instead.
 */
public class StoreBusyException extends RuntimeException {
    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreBusyException wrapIfLocked(Path dir, Exception e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.toLowerCase().contains("lock")) {
            return new StoreBusyException(dir + ": the store is in use by another process (a running 'dkg serve'?). "
                    + "Stop it first, or load into the running server with 'dkg load --server URL FILE'.", e);
        }
        return new StoreBusyException(dir + ": cannot open the store: " + detail, e);
    }
}
