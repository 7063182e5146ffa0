package org.w3id.dkg.app.cli;

/** The exit codes of every {@code dkg} command (design.md). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A check failed (e.g. SHACL violations, a score below its floor). */
    public static final int FAILED = 1;
    /** Bad usage or bad input (unknown option, missing file, unreadable document, locked store). */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
