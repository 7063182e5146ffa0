package org.w3id.dkg.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.LoadReport;
import org.w3id.dkg.loader.store.DkgStore;

/** Loads paths into a store with progress and failure lines; shared by {@code load} and {@code serve --load}. */
final class Loading {
    private Loading() {}

    /** Loads what exists of {@code paths}; returns true when every path and document loaded. */
    static boolean load(DkgStore store, List<Path> paths, PrintStream err) {
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
            return ok;
        }
        LoadReport report;
        try (ProgressListener progress = new ProgressListener(err, ProgressListener.consoleAttached())) {
            report = new CorpusLoader(DocumentPipeline.withDefaults(), store).load(existing, progress);
        }
        err.printf("loaded %d document(s), %d triple(s); %d failed%n",
                report.loaded().size(), report.triples(), report.failures().size());
        return ok && report.ok();
    }
}
