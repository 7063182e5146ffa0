package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;

/** Who acts, among the tokens of a rule's group: what organisers, participants and role holders are read from. */
public final class ActorTokens {
    private ActorTokens() {}

    /** State, organisation and group tokens of a group, each once; a qualifier right after another organisation left out. */
    public static List<Entity> actors(List<Token> tokens) {
        List<Entity> out = new ArrayList<>();
        Token previous = null;
        for (Token t : tokens) {
            Entity e = t.entity();
            boolean qualifier = previous != null && previous.is(TokenKind.ORGANISATION) && t.is(TokenKind.ORGANISATION)
                    && t.start() - previous.end() <= 1;
            previous = t;
            if (e == null || qualifier) continue;
            if (e.kind() != EntityKind.STATE && e.kind() != EntityKind.ORGANISATION && e.kind() != EntityKind.GROUP) continue;
            if (out.stream().noneMatch(o -> o.key().equals(e.key()))) out.add(e);
        }
        return out;
    }
}
