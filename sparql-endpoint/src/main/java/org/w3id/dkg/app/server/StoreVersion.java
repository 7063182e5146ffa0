package org.w3id.dkg.app.server;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The version of the store as this server serves it, for HTTP validators ({@code ETag},
 * {@code Last-Modified}) and the VoID {@code dcterms:modified}. While the server runs it is
 * the only writer (TDB2 lets one process open a store), and every write reaches it as a
 * request that is not a read; {@link ConditionalRequests} calls {@link #changed()} before and
 * after each such request. The token also names the server's start, so answers cached from
 * an earlier run or an earlier build are never taken as current.
 */
@Component
public class StoreVersion {
    private final Clock clock;
    private final String run;
    private final AtomicLong writes = new AtomicLong();
    private volatile Instant modified;

    public StoreVersion() {
        this(Clock.systemUTC());
    }

    StoreVersion(Clock clock) {
        this.clock = clock;
        this.modified = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.run = Long.toString(modified.toEpochMilli(), 36);
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
