package org.w3id.dkg.loader.recognising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.linking.Alias;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.EntityRegistry;

/**
 * Every linkable name of every listed instrument and organisation, put in a sentence, is recognised as that
 * entity over exactly its own span: a name the recogniser cannot find, or finds as something else, is a
 * registry bug (like the State round trip in {@link EntityRecogniserTest}).
 */
class CatalogueRecognitionTest {

    private static final EntityRegistry REGISTRY = EntityRegistry.loadDefault();
    private static final EntityRecogniser RECOGNISER = new EntityRecogniser(REGISTRY);

    @Test
    void everyInstrumentNameRoundTripsToItsKey() {
        assertRoundTrip(EntityKind.INSTRUMENT, 250);
    }

    @Test
    void everyOrganisationNameRoundTripsToItsKey() {
        assertRoundTrip(EntityKind.ORGANISATION, 300);
    }

    private static void assertRoundTrip(EntityKind kind, int atLeast) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Alias a : REGISTRY.aliases()) {
            if (a.ambiguous() || a.entity().kind() != kind) {
                continue;
            }
            String sentence = "Selon le rapport, " + a.text() + " a été cité.";
            int start = sentence.indexOf(a.text());
            List<EntityMention> ms = RECOGNISER.recognise(sentence);
            boolean ok = ms.stream().anyMatch(m -> m.entity().key().equals(a.entity().key())
                    && m.start() == start && m.end() == start + a.text().length());
            checked++;
            if (!ok) {
                failures.add(a.entity().key() + ": «" + a.text() + "» -> " + ms.stream()
                        .map(m -> m.entity().key() + "[" + m.surface() + "]").toList());
            }
        }
        assertThat(checked).isGreaterThan(atLeast);
        assertThat(failures).as("names not recognised as their entity").isEmpty();
    }
}
