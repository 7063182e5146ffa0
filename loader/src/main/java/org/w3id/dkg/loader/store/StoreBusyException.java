package org.w3id.dkg.loader.store;

/**
 * The store cannot be opened: the directory is not a store TDB2 can read, or (the subclass
 * {@link StoreLockedException}) another process holds it. The message names the directory and the cause.
 */
public class StoreBusyException extends RuntimeException {
    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
