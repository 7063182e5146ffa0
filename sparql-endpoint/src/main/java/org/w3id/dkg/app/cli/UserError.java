package org.w3id.dkg.app.cli;

/**
 * Bad usage or bad input that the person running the command can fix: a missing file,
 * a locked store, an unknown query. Shown as its message alone, with exit code 2.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
