package org.w3id.dkg.app.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The document and triple counts that the home page and the health check show. TDB2 keeps no
 * count of triples, so counting reads every quad: on a large store that takes seconds, and a
 * health check polled every few seconds must not do it each time. The counts are therefore kept
 * for {@code dkg.stats.max-age} and recounted, by one caller at a time, when older; the answer
 * says when they were taken.
 */
@Component
public class StoreCounts {
    /** What the store held at {@code at}. */
    public record Counts(long documents, long triples, Instant at) {}

    private final DkgStore store;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Counts last;

    @Autowired
    public StoreCounts(DkgStore store, @Value("${dkg.stats.max-age:60s}") Duration maxAge) {
        this(store, maxAge, Clock.systemUTC());
    }

    StoreCounts(DkgStore store, Duration maxAge, Clock clock) {
        this.store = store;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The counts, taken at most {@code max-age} ago. */
    public Counts current() {
        Counts seen = last;
        if (seen != null && !isStale(seen)) return seen;
        synchronized (this) {
            if (last == null || isStale(last)) {
                last = store.read(ds -> new Counts(StoreStats.documents(ds), StoreStats.triples(ds), clock.instant()));
            }
            return last;
        }
    }

    private boolean isStale(Counts c) {
        return Duration.between(c.at(), clock.instant()).compareTo(maxAge) >= 0;
    }
}
