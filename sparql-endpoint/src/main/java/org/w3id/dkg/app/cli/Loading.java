package org.w3id.dkg.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.LoadReport;
import org.w3id.dkg.loader.store.DkgStore;

/** Loads paths into a store with progress and failure lines; shared by {@code load} and {@code serve --load}. */
final class Loading {
    private Loading() {}

    /** What a load did: whether every path and document loaded, and how many documents were stored. */
    record Loaded(boolean ok, int documents) {}

    /** The longest extraction of one document unless told otherwise: the server's default too. */
    static final Duration DEFAULT_DOCUMENT_TIME = Duration.ofSeconds(120);

    /** Loads what exists of {@code paths}, each document within the default time limit. */
    static Loaded load(DkgStore store, List<Path> paths, PrintStream err) {
        return load(store, paths, DEFAULT_DOCUMENT_TIME, err);
    }

    /**
     * Loads what exists of {@code paths}; a document whose extraction takes longer than
     * {@code documentTime} is refused by name and nothing of it is written.
     */
    static Loaded load(DkgStore store, List<Path> paths, Duration documentTime, PrintStream err) {
        List<Path> existing = new ArrayList<>();
        boolean ok = true;
        for (Path p : paths) {
            if (Files.exists(p)) {
                existing.add(p);
            } else {
                err.println(p + ": no such file or folder");
                ok = false;
            }
        }
        if (existing.isEmpty()) {
            return new Loaded(ok, 0);
        }
        LoadReport report;
        try (ProgressListener progress = new ProgressListener(err, ProgressListener.consoleAttached())) {
            report = new CorpusLoader(DocumentPipeline.withDefaults(), store).withTimeLimit(documentTime)
                    .load(existing, progress);
        }
        err.printf("loaded %d document(s), %d triple(s); %d failed%n",
                report.loaded().size(), report.triples(), report.failures().size());
        return new Loaded(ok && report.ok(), report.loaded().size());
    }
}
