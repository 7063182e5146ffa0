package org.w3id.dkg.loader.store;

import java.nio.file.Path;

/**
 * Another process holds the store, most often a running {@code dkg serve}: TDB2 allows one process per
 * store. A type of its own so that callers can say what to do instead (stop the server, or go through it)
 * without reading exception messages.
 */
public class StoreLockedException extends StoreBusyException {
    StoreLockedException(Path dir, Throwable cause) {
        super(dir + ": the store is in use by another process (a running 'dkg serve'?). "
                + "Stop it first, or load into the running server with 'dkg load --server URL FILE'.", cause);
    }
}
