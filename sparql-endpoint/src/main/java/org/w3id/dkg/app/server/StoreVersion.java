package org.w3id.dkg.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The version of the store as this server serves it, for HTTP validators ({@code ETag},
 * {@code Last-Modified}) and the VoID {@code dcterms:modified}. While the server runs it is
 * the only writer (TDB2 lets one process open a store), and every write reaches it as a
 * request that is not a read; {@link ConditionalRequests} calls {@link #changed()} before and
 * after each such request. The token also names the server's start, so answers cached from
 * an earlier run or an earlier build are never taken as current. At start, the modification
 * time is that of the newest file of the store's directory, lock files aside (TDB2 writes its journal at every
 * commit), so it says when the data last changed, not when the server started.
 */
@Component
public class StoreVersion {
    private final Clock clock;
    private final String run;
    private final AtomicLong writes = new AtomicLong();
    private volatile Instant modified;

    @Autowired
    public StoreVersion(DkgStore store) {
        this(Clock.systemUTC(), store.location());
    }

    StoreVersion(Clock clock, Path location) {
        this.clock = clock;
        Instant now = clock.instant();
        this.run = Long.toString(now.toEpochMilli(), 36);
        this.modified = lastWrite(location, now).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The newest modification time of the files of the store, or {@code otherwise} for a store in memory. */
    private static Instant lastWrite(Path location, Instant otherwise) {
        if (location == null || !Files.isDirectory(location)) {
            return otherwise;
        }
        try (Stream<Path> files = Files.walk(location, 3)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".lock")).map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    return Instant.EPOCH;
                }
            }).max(Instant::compareTo).filter(t -> t.isAfter(Instant.EPOCH)).orElse(otherwise);
        } catch (IOException e) {
            return otherwise;
        }
    }

    /** A token that changes whenever the store may have changed. */
    public String token() {
        return run + "." + writes.get();
    }

    /** When the store last changed (or the server started), to the second as HTTP dates go. */
    public Instant modified() {
        return modified;
    }

    /** Records that the store may have changed. */
    public void changed() {
        writes.incrementAndGet();
        modified = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
