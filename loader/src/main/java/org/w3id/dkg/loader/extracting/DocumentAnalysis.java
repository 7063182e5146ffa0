package org.w3id.dkg.loader.extracting;

import java.util.List;
import java.util.Optional;
import org.w3id.dkg.loader.reading.NormalisedText;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.segmenting.SegmentedDocument;

/**
 * One document as the extractors see it: its segments and the entities recognised in it.
 *
 * @param segments the segmented normalised text
 * @param mentions the recognised entity mentions, in text order
 * @param symbol   the document symbol found in the page furniture, if any
 */
public record DocumentAnalysis(SegmentedDocument segments, List<EntityMention> mentions, Optional<String> symbol) {

    public NormalisedText text() {
        return segments.text();
    }

    /** Evidence for {@code [start, end)}: the quote is cut from the text, the paragraph looked up. */
    public Evidence evidence(int start, int end, String rule, double confidence) {
        String paragraphId = segments.paragraphAt(start).map(p -> p.id()).orElse("");
        return new Evidence(start, end, text().slice(start, end), paragraphId, rule, confidence);
    }
}
