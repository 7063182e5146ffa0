package org.w3id.dkg.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.w3id.dkg.loader.rdf.ShapeCheck;
import org.w3id.dkg.loader.reading.SourceFormat;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.loader.store.ReferenceData;

/**
 * Loads documents into the store: each document's graph is built in memory, checked against
 * the shapes, then written in one transaction that replaces its previous graph. A file that
 * cannot be read or parsed is reported by name and skipped; the others load.
 *
 * <p>Extraction, which is nearly all of the cost, runs on every core: documents are extracted
 * in parallel, one per core at a time and at most {@link #window} ahead, while the loading
 * thread alone writes the store, one transaction per document and in the order of the files.
 * So a crash loses at most the document being written, the store always holds a prefix of the
 * load, and a second run gives the same store whatever the number of cores. Memory is bounded by
 * the window's documents, not by the corpus.
 *
 * <p>With a time limit ({@link #withTimeLimit}), a document whose extraction takes longer than
 * the limit, counted from when its extraction started, is refused by name and nothing of it is
 * written; its worker is interrupted and no longer counts against the window.
 */
public final class CorpusLoader {

    /** Told about each document as the load goes, e.g. to drive a progress bar. */
    public interface Listener {
        default void starting(int documents) {}

        default void loaded(String docId, long triples) {}

        default void failed(BadDocumentException problem) {}
    }

    private static final long POLL_MILLIS = 50;

    private final DocumentPipeline pipeline;
    private final DkgStore store;
    /** One per worker thread: the check reads its shapes and ontology models, which are not made for shared use. */
    private final ThreadLocal<ShapeCheck> shapeCheck = ThreadLocal.withInitial(ShapeCheck::new);
    private final Duration timeLimit;
    private final int workers;

    public CorpusLoader(DocumentPipeline pipeline, DkgStore store) {
        this(pipeline, store, null, Runtime.getRuntime().availableProcessors());
    }

    private CorpusLoader(DocumentPipeline pipeline, DkgStore store, Duration timeLimit, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker is needed, not " + workers);
        }
        this.pipeline = pipeline;
        this.store = store;
        this.timeLimit = timeLimit;
        this.workers = workers;
    }

    /** This loader, refusing any document whose extraction takes longer than {@code limit}. */
    public CorpusLoader withTimeLimit(Duration limit) {
        return new CorpusLoader(pipeline, store, limit, workers);
    }

    /** This loader, extracting {@code count} documents at a time (default: one per core). */
    public CorpusLoader withWorkers(int count) {
        return new CorpusLoader(pipeline, store, timeLimit, count);
    }

    /** How many documents are under way (extracting or waiting for a core) ahead of the one being written. */
    int window() {
        return 2 * workers;
    }

    /**
     * Loads files and folders (folders: their {@code .txt}, {@code .md}, {@code .pdf} and {@code .html} files, README excluded),
     * after refreshing the ontology and reference graphs.
     */
    public LoadReport load(List<Path> paths, Listener listener) {
        List<Path> files = documentFiles(paths);
        ReferenceData.install(store, pipeline.registry());
        listener.starting(files.size());
        List<String> loaded = new ArrayList<>();
        List<BadDocumentException> failures = new ArrayList<>();
        long triples = 0;
        ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
        Semaphore cores = new Semaphore(workers, true); // fair: documents get a core in file order
        Deque<Extraction> ahead = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < files.size() || !ahead.isEmpty()) {
                while (next < files.size() && ahead.size() < window()) {
                    ahead.add(Extraction.start(pool, cores, files.get(next++), this::extractAndCheck));
                }
                Extraction head = ahead.poll();
                try {
                    ExtractedDocument doc = await(head, ahead);
                    store.replaceGraph(doc.graphIri(), doc.model());
                    loaded.add(doc.docId());
                    triples += doc.model().size();
                    listener.loaded(doc.docId(), doc.model().size());
                } catch (BadDocumentException e) {
                    failures.add(e);
                    listener.failed(e);
                    if (Thread.currentThread().isInterrupted()) break; // the load itself was cancelled: stop here
                } catch (RuntimeException e) {
                    BadDocumentException wrapped = new BadDocumentException(head.file(), "could not be loaded: " + e, e);
                    failures.add(wrapped);
                    listener.failed(wrapped);
                }
            }
        } finally {
            ahead.forEach(Extraction::abandon);
            pool.shutdownNow();
        }
        return new LoadReport(loaded, failures, triples);
    }

    /** Extraction and the shape check: the part of a document's load that runs off the loading thread. */
    private ExtractedDocument extractAndCheck(Path file) throws BadDocumentException {
        ExtractedDocument doc = pipeline.extract(file);
        List<String> violations = shapeCheck.get().violations(doc.model());
        if (!violations.isEmpty()) {
            throw new BadDocumentException(file, "its facts violate the shapes, nothing of it was stored:\n  "
                    + String.join("\n  ", violations));
        }
        return doc;
    }

    /**
     * The document of an extraction, waiting for it within the time limit. While it waits, the extractions
     * behind it are held to the limit too, so that documents stuck further back cannot keep the cores from it.
     */
    private ExtractedDocument await(Extraction e, Deque<Extraction> behind) throws BadDocumentException {
        try {
            while (true) {
                ExtractedDocument doc = null;
                if (timeLimit != null) {
                    behind.forEach(b -> b.abandonAfter(timeLimit));
                    // also one that ended, or was abandoned, while the loader waited for those before it
                    if (e.abandonAfter(timeLimit)) throw overTime(e.file());
                }
                try {
                    doc = e.task().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    continue;
                }
                if (timeLimit != null && e.abandonAfter(timeLimit)) throw overTime(e.file());
                return doc;
            }
        } catch (InterruptedException interrupted) {
            e.abandon();
            Thread.currentThread().interrupt();
            throw new BadDocumentException(e.file(), "its load was cancelled; nothing of it was stored");
        } catch (CancellationException cancelled) {
            throw new BadDocumentException(e.file(), "its load was cancelled; nothing of it was stored");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof BadDocumentException bad) {
                throw bad;
            }
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new BadDocumentException(e.file(), "could not be loaded: " + failed.getCause(), failed.getCause());
        }
    }

    private BadDocumentException overTime(Path file) {
        String limit = timeLimit.toMillis() >= 1000 ? timeLimit.toSeconds() + " s" : timeLimit.toMillis() + " ms";
        return new BadDocumentException(file, "took longer than the time limit of " + limit + " per document to extract"
                + " (dkg load --max-document-time, dkg.load.max-document-time on the server); nothing of it was stored");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dkg-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The document files named by {@code paths}, folders expanded, in a stable order. */
    public static List<Path> documentFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(Files::isRegularFile).filter(CorpusLoader::isDocumentFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(path + ": cannot list the folder", e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isDocumentFile(Path p) {
        String name = p.getFileName().toString();
        return SourceFormat.isDocument(p) && !name.equalsIgnoreCase("README.md");
    }
}
