package org.w3id.dkg.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.w3id.dkg.app.DkgHome;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.loader.store.StoreBusyException;
import org.w3id.dkg.loader.store.StoreLockedException;
import picocli.CommandLine.Option;

/**
 * The {@code --db DIR} option shared by the commands that use a store, and how to open it: for writing
 * (through its text index, see {@link DkgStore#open}) or read-only. A store held by a running server is
 * reported with what to do instead.
 */
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

    /** Opens the store for writing, creating it if needed ({@code load}, {@code serve}). */
    public DkgStore openForWriting() {
        return open(dir(), DkgStore::open);
    }

    /** Opens an existing store for writing ({@code reindex}, {@code compact}). */
    public DkgStore openExistingForWriting() {
        return open(existing(), DkgStore::open);
    }

    /** Opens an existing store read-only (for commands that only read). */
    public DkgStore openForReading() {
        return open(existing(), DkgStore::openReadOnly);
    }

    private Path existing() {
        Path dir = dir();
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": no store here (load documents first with 'dkg load', or give --db DIR)");
        }
        return dir;
    }

    private static DkgStore open(Path dir, Function<Path, DkgStore> opener) {
        try {
            return opener.apply(dir);
        } catch (StoreLockedException e) {
            throw new UserError(lockedMessage(dir), e);
        } catch (StoreBusyException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static String lockedMessage(Path dir) {
        return dir + ": the store is locked by another process, most likely a running 'dkg serve' "
                + "(TDB2 allows one process per store). Stop the server, run this command, then start it again; "
                + "or load into the running server with 'dkg load --server http://localhost:3030 FILE...' "
                + "(credentials in DKG_ADMIN_USER and DKG_ADMIN_PASSWORD), "
                + "or query it with 'dkg query NAME --endpoint http://localhost:3030/dkg/sparql'.";
    }
}
