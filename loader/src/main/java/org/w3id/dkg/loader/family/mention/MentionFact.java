package org.w3id.dkg.loader.family.mention;

import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * A document names an entity; one fact per entity and document, its evidence the first
 * occurrence.
 *
 * @param entity      what is named
 * @param surface     the name as written at the first occurrence
 * @param occurrences how many times the document names it
 */
public record MentionFact(Entity entity, String surface, int occurrences, Evidence evidence) implements Fact {
    @Override
    public String identity() {
        return "mention|" + entity.kind() + "|" + entity.key();
    }
}
