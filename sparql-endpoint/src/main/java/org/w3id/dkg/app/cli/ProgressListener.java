package org.w3id.dkg.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.CorpusLoader;

/**
 * Shows a load's progress: a progress bar on stderr when a person watches (a console is
 * attached), nothing while it runs otherwise; then one line per failed file, naming it.
 */
final class ProgressListener implements CorpusLoader.Listener, AutoCloseable {
    private final PrintStream err;
    private final boolean interactive;
    private final List<BadDocumentException> failures = new ArrayList<>();
    private ProgressBar bar;

    ProgressListener(PrintStream err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    static boolean consoleAttached() {
        return System.console() != null;
    }

    @Override
    public void starting(int documents) {
        if (interactive && documents > 0) {
            bar = new ProgressBarBuilder().setTaskName("Loading").setInitialMax(documents)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }
    }

    @Override
    public void loaded(String docId, long triples) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(docId);
        }
    }

    @Override
    public void failed(BadDocumentException problem) {
        failures.add(problem);
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        for (BadDocumentException f : failures) {
            err.println(f.getMessage());
        }
    }
}
