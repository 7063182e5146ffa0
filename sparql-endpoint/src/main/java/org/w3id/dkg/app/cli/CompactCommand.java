package org.w3id.dkg.app.cli;

import java.util.concurrent.Callable;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code dkg compact}: reclaims the space TDB2 leaves behind each write transaction (see
 * {@link Compaction}); useful after many loads through a server, which never compacts by itself.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the TDB2 store (reclaims the space of replaced graphs).",
                "The store must not be in use by 'dkg serve'."})
public final class CompactCommand implements Callable<Integer> {
    private final Streams streams;

    public CompactCommand(Streams streams) {
        this.streams = streams;
    }

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (DkgStore s = store.openExistingForWriting()) {
            Compaction.run(s, store.dir(), streams.err());
            return ExitCodes.OK;
        }
    }
}
