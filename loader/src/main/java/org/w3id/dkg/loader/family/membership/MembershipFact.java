package org.w3id.dkg.loader.family.membership;

import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * A State is a member of, or participates in, an organisation, as a document states it.
 *
 * @param since ISO date or year it joined, or empty
 * @param until ISO date or year it left (or the end of an elected term), or empty
 */
public record MembershipFact(Entity member, Entity organisation, String since, String until, Evidence evidence)
        implements Fact {
    @Override
    public String identity() {
        return "membership|" + member.key() + "|" + organisation.key();
    }
}
