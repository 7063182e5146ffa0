import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process holding a TDB2 store, as a running 'dkg serve' does: locks FILE (the store's tdb.lock)
 * the way TDB2 does, says "locked" on stdout, and keeps the lock until its stdin closes.
 * Run as a single-file program: java HoldLock.java FILE
 */
public class HoldLock {
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (channel.tryLock() == null) {
                throw new IllegalStateException(args[0] + " is already locked");
            }
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes stdin (or dies)
            }
        }
    }
}
