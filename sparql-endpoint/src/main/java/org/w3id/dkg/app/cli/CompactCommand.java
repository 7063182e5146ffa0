package org.w3id.dkg.app.cli;

import java.util.concurrent.Callable;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.dkg.app.DkgMain;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dkg compact}: TDB2 compaction. TDB2 never reuses the space of replaced data, so a
 * store where documents were reloaded grows; compaction writes a new generation holding
 * only the live data and deletes the old one. The text index is not affected.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the TDB2 store (reclaims the space of replaced graphs).",
                "The store must not be in use by 'dkg serve'."})
public final class CompactCommand implements Callable<Integer> {
    @ParentCommand
    DkgMain main;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (DkgStore s = store.openExisting()) {
            if (s.location() == null || !DatabaseMgr.isTDB2(s.dataset().asDatasetGraph())) {
                throw new UserError(store.dir() + ": not a TDB2 store");
            }
            long before = StoreSize.bytes(store.dir());
            DatabaseMgr.compact(s.dataset().asDatasetGraph(), true);
            main.err().printf("compacted %s: %,d -> %,d bytes%n", store.dir(), before, StoreSize.bytes(store.dir()));
            return DkgMain.OK;
        }
    }
}
