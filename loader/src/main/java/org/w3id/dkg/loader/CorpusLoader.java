package org.w3id.dkg.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.w3id.dkg.loader.rdf.ShapeCheck;
import org.w3id.dkg.loader.reading.SourceFormat;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.loader.store.ReferenceData;

/**
 * Loads documents into the store one at a time: each document's graph is built in
 * memory, then written in one transaction that replaces its previous graph. A file
 * that cannot be read or parsed is reported by name and skipped; the others load.
 * Memory use is bounded by the largest single document, not by the corpus. With a time
 * limit ({@link #withTimeLimit}), a document whose extraction takes longer is refused by
 * name and nothing of it is written: its extraction runs on a worker thread, and the store
 * is written only by the loading thread, after the extraction came back in time.
 */
public final class CorpusLoader {

    /** Told about each document as the load goes, e.g. to drive a progress bar. */
    public interface Listener {
        default void starting(int documents) {}

        default void loaded(String docId, long triples) {}

        default void failed(BadDocumentException problem) {}
    }

    private final DocumentPipeline pipeline;
    private final DkgStore store;
    private final ShapeCheck shapeCheck = new ShapeCheck();
    private final Duration timeLimit;

    public CorpusLoader(DocumentPipeline pipeline, DkgStore store) {
        this(pipeline, store, null);
    }

    private CorpusLoader(DocumentPipeline pipeline, DkgStore store, Duration timeLimit) {
        this.pipeline = pipeline;
        this.store = store;
        this.timeLimit = timeLimit;
    }

    /** This loader, refusing any document whose extraction takes longer than {@code limit}. */
    public CorpusLoader withTimeLimit(Duration limit) {
        return new CorpusLoader(pipeline, store, limit);
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
        for (Path file : files) {
            try {
                ExtractedDocument doc = extract(file);
                List<String> violations = shapeCheck.violations(doc.model());
                if (!violations.isEmpty()) {
                    throw new BadDocumentException(file, "its facts violate the shapes, nothing of it was stored:\n  "
                            + String.join("\n  ", violations));
                }
                store.replaceGraph(doc.graphIri(), doc.model());
                loaded.add(doc.docId());
                triples += doc.model().size();
                listener.loaded(doc.docId(), doc.model().size());
            } catch (BadDocumentException e) {
                failures.add(e);
                listener.failed(e);
            } catch (RuntimeException e) {
                BadDocumentException wrapped = new BadDocumentException(file, "could not be loaded: " + e, e);
                failures.add(wrapped);
                listener.failed(wrapped);
            }
        }
        return new LoadReport(loaded, failures, triples);
    }

    private ExtractedDocument extract(Path file) throws BadDocumentException {
        if (timeLimit == null) {
            return pipeline.extract(file);
        }
        FutureTask<ExtractedDocument> task = new FutureTask<>(() -> pipeline.extract(file));
        Thread worker = new Thread(task, "dkg-extract-" + file.getFileName());
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            String limit = timeLimit.toMillis() >= 1000 ? timeLimit.toSeconds() + " s" : timeLimit.toMillis() + " ms";
            throw new BadDocumentException(file, "took longer than the time limit of " + limit + " per document to extract"
                    + " (dkg load --max-document-time, dkg.load.max-document-time on the server); nothing of it was stored");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new BadDocumentException(file, "its load was cancelled; nothing of it was stored");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BadDocumentException bad) {
                throw bad;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new BadDocumentException(file, "could not be loaded: " + e.getCause(), e.getCause());
        }
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
