package org.w3id.dkg.loader.recognising;

import java.util.List;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.segmenting.Span;

/**
 * A place in the normalised text that names a registry entity.
 *
 * @param start   UTF-16 start, including an article or contraction that belongs to the name
 *                ({@code l'Espagne}, {@code au Mexique})
 * @param end     UTF-16 end (exclusive)
 * @param surface the text at {@code [start, end)}
 * @param entity  the linked entity
 * @param form    how it was named: {@code name}, {@code acronym}, {@code adjective}
 */
public record EntityMention(int start, int end, String surface, Entity entity, String form) implements Span {

    /** How many of {@code mentions}, sorted by start, start before {@code offset}: a binary search. */
    static int countStartingBefore(List<EntityMention> mentions, int offset) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
