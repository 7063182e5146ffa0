package org.w3id.dkg.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * TDB2 compaction, for {@code dkg compact} and the end of a large {@code dkg load}. TDB2 never
 * writes over data a reader might still see: every write transaction adds new copies of the
 * index pages it changes, and nothing reclaims the old ones. Loading documents one transaction
 * each therefore leaves a store many times the size of its data (the 100x benchmark corpus:
 * 6.6 GB, 0.66 GB after compaction, which took 45 s). Compaction writes a new generation of the
 * store holding only the live data and deletes the old one; the text index is not affected.
 */
final class Compaction {
    private Compaction() {}

    /** Compacts the TDB2 store {@code s} (in {@code dir}) and says by how much it shrank. */
    static void run(DkgStore s, Path dir, PrintStream err) {
        long before = StoreSize.bytes(dir);
        try {
            s.compact();
        } catch (IllegalStateException e) {
            throw new UserError(dir + ": not a TDB2 store", e);
        }
        err.printf("compacted %s: %,d -> %,d bytes%n", dir, before, StoreSize.bytes(dir));
    }
}
