package org.w3id.dkg.loader.family.cbm;

import java.util.List;
import java.util.stream.Collectors;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * A concrete confidence-building activity carried out by an actor with counterparts.
 *
 * @param activityType a notation of the CBM activity-type code list ({@code inspection}, ...)
 * @param counterparts one per named State or organisation, possibly none
 * @param framework    the instrument or organisation it is carried out under, or {@code null}
 * @param date         ISO date with the text's precision, or empty
 * @param place        the place as the text names it, or empty
 */
public record CbmActivityFact(Entity actor, String activityType, List<Entity> counterparts, Entity framework,
                              String date, String place, Evidence evidence) implements Fact {
    @Override
    public String identity() {
        return "cbm|" + actor.key() + "|" + activityType + "|"
                + counterparts.stream().map(Entity::key).sorted().collect(Collectors.joining(" ")) + "|" + date + "|" + place;
    }
}
