package org.w3id.dkg.app.server;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.w3id.dkg.app.store.StoreCounts;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * Reports the store in {@code /actuator/health} (and {@code /health}): UP when a read
 * transaction opens and the triples can be counted, with the counts (see {@link StoreCounts}: kept
 * for a while, so polling is cheap); DOWN with the reason otherwise.
 */
@Component("store")
public class StoreHealthIndicator implements HealthIndicator {
    private final DkgStore store;
    private final StoreCounts counts;

    public StoreHealthIndicator(DkgStore store, StoreCounts counts) {
        this.store = store;
        this.counts = counts;
    }

    @Override
    public Health health() {
        try {
            StoreCounts.Counts c = counts.current();
            return Health.up()
                    .withDetail("location", store.location() == null ? "memory" : store.location().toString())
                    .withDetail("triples", c.triples())
                    .withDetail("documents", c.documents())
                    .withDetail("countedAt", c.at().toString())
                    .build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
