package org.w3id.dkg.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.dkg.app.DkgHome;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.loader.store.StoreBusyException;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the commands that use a store, and how to open it. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 store directory (default: data/tdb2 in the dkg home)")
    Path db;

    /** A store option with {@code dir} given, or the default when it is null. */
    public static StoreOption at(Path dir) {
        StoreOption option = new StoreOption();
        option.db = dir;
        return option;
    }

    /** The store directory: the option, or the default. */
    public Path dir() {
        return db != null ? db : DkgHome.defaultStore();
    }

    /** Opens the store, creating it if needed (for commands that write). */
    public DkgStore openOrCreate() {
        return open(dir());
    }

    /** Opens an existing store (for commands that only read). */
    public DkgStore openExisting() {
        Path dir = dir();
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": no store here (load documents first with 'dkg load', or give --db DIR)");
        }
        return open(dir);
    }

    private static DkgStore open(Path dir) {
        try {
            return DkgStore.open(dir);
        } catch (StoreBusyException e) {
            throw new UserError(busyMessage(dir, e), e);
        }
    }

    static String busyMessage(Path dir, StoreBusyException e) {
        String detail = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (detail.toLowerCase().contains("lock") || detail.contains("in use")) {
            return dir + ": the store is locked by another process, most likely a running 'dkg serve' "
                    + "(TDB2 allows one process per store). Stop the server, run this command, then start it again; "
                    + "or load into the running server with 'dkg load --server http://localhost:3030 FILE...' "
                    + "(credentials in DKG_ADMIN_USER and DKG_ADMIN_PASSWORD), "
                    + "or query it with 'dkg query NAME --endpoint http://localhost:3030/dkg/sparql'.";
        }
        return e.getMessage();
    }
}
