package org.w3id.dkg.loader.family.event;

import java.util.List;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * A document reports a meeting, conference or workshop.
 *
 * @param event        the event as an entity of kind EVENT (key such as KYIV_1540_WORKSHOP_2017, label as named)
 * @param start        ISO first day (or month, year), or empty
 * @param end          ISO last day, or empty
 * @param place        the place as named, or empty
 * @param organisers   who organised it
 * @param participants who took part
 */
public record EventFact(Entity event, String start, String end, String place, List<Entity> organisers,
                        List<Entity> participants, Evidence evidence) implements Fact {
    @Override
    public String identity() {
        return "event|" + event.key();
    }
}
