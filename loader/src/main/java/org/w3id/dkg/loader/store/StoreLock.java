package org.w3id.dkg.loader.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.sys.DatabaseConnection;

/**
 * Whether another process holds a TDB2 store. TDB2 takes an operating-system lock on {@code DIR/tdb.lock}
 * for as long as a process has the store open; when opening fails, asking that lock tells a store in use
 * apart from a store that is broken, where the text of Jena's exception (which may change) would only guess.
 */
final class StoreLock {
    /** The file TDB2 locks in a store directory. */
    static final String FILE = "tdb.lock";

    private StoreLock() {}

    /** True when a process other than this one holds the lock of the store in {@code dir}. */
    static boolean heldByAnotherProcess(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        // Never probe a lock this process holds: closing a second channel on the file would release it.
        if (DatabaseConnection.lockForLocation(Location.create(dir)).isLockedHere()) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false; // another channel of this process holds it
        } catch (IOException e) {
            return false; // cannot tell: report the original failure
        }
    }
}
