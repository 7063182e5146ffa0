package org.w3id.dkg.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.store.DkgStore;

class StoreCountsTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Model oneTriple(String s) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(s), m.createProperty("urn:p"), "o");
        return m;
    }

    @Test
    void countsAreKeptForTheirMaximumAgeThenTakenAgain() {
        HandClock clock = new HandClock();
        try (DkgStore store = DkgStore.inMemory()) {
            store.replaceGraph("https://w3id.org/dkg/graph/document/a", oneTriple("urn:a"));
            StoreCounts counts = new StoreCounts(store, Duration.ofSeconds(60), clock);
            assertThat(counts.current()).extracting(StoreCounts.Counts::documents, StoreCounts.Counts::triples)
                    .containsExactly(1L, 1L);

            store.replaceGraph("https://w3id.org/dkg/graph/document/b", oneTriple("urn:b"));
            clock.now = clock.now.plusSeconds(59);
            assertThat(counts.current().triples()).as("still fresh: not recounted").isEqualTo(1L);

            clock.now = clock.now.plusSeconds(1);
            StoreCounts.Counts recounted = counts.current();
            assertThat(recounted.triples()).isEqualTo(2L);
            assertThat(recounted.documents()).isEqualTo(2L);
            assertThat(recounted.at()).isEqualTo(clock.now);
        }
    }
}
