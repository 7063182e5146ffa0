package org.w3id.dkg.loader.segmenting;

import java.util.List;
import java.util.Optional;
import org.w3id.dkg.loader.reading.NormalisedText;

/**
 * A document cut into the parts facts are attached to: sections, the replies of
 * respondents, and paragraphs. All lists are in document order.
 */
public record SegmentedDocument(NormalisedText text, List<Section> sections, List<ReplyBlock> replies,
                                List<Paragraph> paragraphs) {

    /** The paragraph holding an offset, if any (offsets between paragraphs belong to none). */
    public Optional<Paragraph> paragraphAt(int offset) {
        int lo = 0, hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (offset < p.start()) hi = mid - 1;
            else if (offset >= p.end()) lo = mid + 1;
            else return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The reply block holding an offset, if any. */
    public Optional<ReplyBlock> replyAt(int offset) {
        return replies.stream().filter(r -> r.contains(offset)).findFirst();
    }
}
