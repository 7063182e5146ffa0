package org.w3id.dkg.loader.recognising;

import org.w3id.dkg.loader.linking.Alias;
import org.w3id.dkg.loader.linking.Entity;

/**
 * A possible mention in folded-text coordinates, before overlaps are resolved.
 *
 * @param start  folded start of the name (without article)
 * @param end    folded end (exclusive)
 * @param entity the entity named
 * @param form   {@code name}, {@code acronym}, {@code adjective} or {@code pattern}
 * @param alias  the alias matched, when it came from the automaton (its article may be added), else null
 */
record Candidate(int start, int end, Entity entity, String form, Alias alias) {
    int length() {
        return end - start;
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
