package org.w3id.dkg.app.cli;

import java.util.concurrent.Callable;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dkg reindex}: rebuilds the full-text index from the store, e.g. after a bulk load that bypassed it. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the full-text index (labels and evidence quotes) from the store.",
                "The store must not be in use by 'dkg serve'."})
public final class ReindexCommand implements Callable<Integer> {
    private final Streams streams;

    public ReindexCommand(Streams streams) {
        this.streams = streams;
    }

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (DkgStore s = store.openExistingForWriting()) {
            long n = s.indexBuiltOnOpen() ? -1 : s.reindex();
            streams.err().println(n < 0 ? "text index built" : "text index rebuilt: " + n + " literal(s)");
            return ExitCodes.OK;
        }
    }
}
