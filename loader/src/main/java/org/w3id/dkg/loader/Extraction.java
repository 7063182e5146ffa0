package org.w3id.dkg.loader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One document's extraction under way on a worker of {@link CorpusLoader}. It runs only while it
 * holds one of the loader's core permits, so that no more documents are extracted at once than
 * there are cores; the loading thread waits for it in file order and needs to know how long it
 * has been running (not waiting for a permit), so that the time limit counts the document's own
 * work only. An extraction abandoned at its time limit gives its permit back at once, even if its
 * thread has not yet noticed the interruption, so a document stuck in a long computation cannot
 * stall the documents behind it.
 */
final class Extraction {

    /** What a worker does with one file. */
    @FunctionalInterface
    interface Work {
        ExtractedDocument run(Path file) throws BadDocumentException;
    }

    private final Path file;
    private final Semaphore cores;
    private final AtomicLong startedNanos = new AtomicLong();
    private final AtomicLong finishedNanos = new AtomicLong();
    private final AtomicBoolean holdsPermit = new AtomicBoolean();
    private Future<ExtractedDocument> task;
    /** Set by the loading thread only. */
    private boolean overTime;

    private Extraction(Path file, Semaphore cores) {
        this.file = file;
        this.cores = cores;
    }

    static Extraction start(ExecutorService pool, Semaphore cores, Path file, Work work) {
        Extraction e = new Extraction(file, cores);
        e.task = pool.submit(() -> {
            cores.acquire();
            e.holdsPermit.set(true);
            e.startedNanos.set(System.nanoTime());
            try {
                return work.run(file);
            } finally {
                e.finishedNanos.set(System.nanoTime());
                e.releasePermit();
            }
        });
        return e;
    }

    /**
     * Abandons this extraction if it has run longer than {@code limit} (or was abandoned so before);
     * true when it is abandoned for its time.
     */
    boolean abandonAfter(Duration limit) {
        if (overTime || runningFor().compareTo(limit) > 0) {
            overTime = true;
            abandon();
        }
        return overTime;
    }

    /** Stops waiting for this extraction: interrupts its worker and gives its core permit back. */
    void abandon() {
        task.cancel(true);
        releasePermit();
    }

    private void releasePermit() {
        if (holdsPermit.compareAndSet(true, false)) {
            cores.release();
        }
    }

    Path file() {
        return file;
    }

    Future<ExtractedDocument> task() {
        return task;
    }

    /** How long the extraction has been running, or ran once it ended; zero while it waits for a core. */
    Duration runningFor() {
        long started = startedNanos.get();
        if (started == 0) return Duration.ZERO;
        long finished = finishedNanos.get();
        return Duration.ofNanos((finished == 0 ? System.nanoTime() : finished) - started);
    }
}
