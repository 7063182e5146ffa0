package org.w3id.dkg.loader.family.role;

import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * An actor holds a role in a body or an event.
 *
 * @param role  a notation of the role-kind code list ({@code chair}, {@code member}, ...)
 * @param body  the organisation, body or event
 * @param since first date or year of the role, or empty
 * @param until last date or year of the role, or empty
 */
public record RoleFact(Entity actor, String role, Entity body, String since, String until, Evidence evidence)
        implements Fact {
    @Override
    public String identity() {
        return "role|" + actor.key() + "|" + role + "|" + body.key();
    }
}
