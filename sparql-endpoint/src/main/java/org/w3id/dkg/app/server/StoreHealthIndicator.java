package org.w3id.dkg.app.server;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.w3id.dkg.app.store.StoreStats;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * Reports the store in {@code /actuator/health} (and {@code /health}): UP when a read
 * transaction opens and the triples can be counted, with the counts; DOWN with the reason
 * otherwise.
 */
@Component("store")
public class StoreHealthIndicator implements HealthIndicator {
    private final DkgStore store;

    public StoreHealthIndicator(DkgStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            return store.read(ds -> Health.up()
                    .withDetail("location", store.location() == null ? "memory" : store.location().toString())
                    .withDetail("triples", StoreStats.triples(ds))
                    .withDetail("documents", StoreStats.documents(ds))
                    .build());
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
