package org.w3id.dkg.loader.extracting;

/**
 * An extraction stopped because its thread was interrupted: the loader abandoned the document at its time limit, or
 * the load was cancelled. The stages check for it between sentences and between fact families ({@link #checkpoint()}),
 * so that an abandoned extraction stops within one sentence's work instead of running on, unseen, on a core the
 * loader has already given to the next document. Nothing of the document is stored by then.
 */
public final class ExtractionInterruptedException extends RuntimeException {
    private ExtractionInterruptedException() {
        super("the extraction was interrupted (abandoned at its time limit, or its load was cancelled)");
    }

    /** Throws if the current thread was interrupted; the interruption stays set for the caller's caller. */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) throw new ExtractionInterruptedException();
    }
}
