package org.w3id.dkg.loader.extracting;

import java.util.List;
import java.util.Optional;
import org.w3id.dkg.loader.reading.NormalisedText;
import org.w3id.dkg.loader.recognising.AmountMention;
import org.w3id.dkg.loader.recognising.DateMention;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.segmenting.SegmentedDocument;
import org.w3id.dkg.loader.segmenting.Sentence;

/**
 * One document as the extractors see it: its segments, and everything recognised in
 * it — entities, dates, amounts, and who replies in each reply block.
 *
 * @param segments    the segmented normalised text
 * @param sentences   the sentences of the body, list and footnote paragraphs, in text order
 * @param mentions    the recognised entity mentions, in text order
 * @param dates       the recognised dates and periods, in text order
 * @param amounts     the recognised sums of money, in text order
 * @param respondents the reply blocks whose heading names a known State, organisation or group
 * @param symbol      the document symbol found in the page furniture, if any
 */
public record DocumentAnalysis(SegmentedDocument segments, List<Sentence> sentences, List<EntityMention> mentions,
                               List<DateMention> dates,
                               List<AmountMention> amounts, List<Respondent> respondents, Optional<String> symbol) {

    public NormalisedText text() {
        return segments.text();
    }

    /** Who replies in the reply block holding {@code offset}, if any. */
    public Optional<Respondent> respondentAt(int offset) {
        return respondents.stream().filter(r -> r.block().contains(offset)).findFirst();
    }

    /** Evidence for {@code [start, end)}: the quote is cut from the text, the paragraph looked up. */
    public Evidence evidence(int start, int end, String rule, double confidence) {
        String paragraphId = segments.paragraphAt(start).map(p -> p.id()).orElse("");
        return new Evidence(start, end, text().slice(start, end), paragraphId, rule, confidence);
    }
}
