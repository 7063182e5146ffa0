package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.reading.NormalisedText;
import org.w3id.dkg.loader.recognising.AmountMention;
import org.w3id.dkg.loader.recognising.DateMention;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.segmenting.SegmentedDocument;
import org.w3id.dkg.loader.segmenting.Sentence;

/**
 * One document as the extractors see it: its segments, and everything recognised in
 * it — entities, dates, amounts, and who replies in each reply block. Its sentences are
 * annotated once ({@link #annotatedSentences}) and shared by every extractor.
 */
public final class DocumentAnalysis {
    private final SegmentedDocument segments;
    private final List<Sentence> sentences;
    private final List<EntityMention> mentions;
    private final List<DateMention> dates;
    private final List<AmountMention> amounts;
    private final List<Respondent> respondents;
    private final Optional<String> symbol;
    private final LanguagePack language;
    private volatile List<AnnotatedSentence> annotated;
    private volatile List<AnnotatedSentence> continued;

    /**
     * @param segments    the segmented normalised text
     * @param sentences   the sentences of the body, list and footnote paragraphs, in text order
     * @param mentions    the recognised entity mentions, in text order
     * @param dates       the recognised dates and periods, in text order
     * @param amounts     the recognised sums of money, in text order
     * @param respondents the reply blocks whose heading names a known State, organisation or group
     * @param symbol      the document symbol found in the page furniture, if any
     * @param language    the language the document is written in, whose pack reads it
     */
    public DocumentAnalysis(SegmentedDocument segments, List<Sentence> sentences, List<EntityMention> mentions,
                            List<DateMention> dates, List<AmountMention> amounts, List<Respondent> respondents,
                            Optional<String> symbol, LanguagePack language) {
        this.segments = segments;
        this.sentences = List.copyOf(sentences);
        this.mentions = List.copyOf(mentions);
        this.dates = List.copyOf(dates);
        this.amounts = List.copyOf(amounts);
        this.respondents = List.copyOf(respondents);
        this.symbol = symbol;
        this.language = language;
    }

    /** The language the document is written in. */
    public LanguagePack language() {
        return language;
    }

    public SegmentedDocument segments() {
        return segments;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<EntityMention> mentions() {
        return mentions;
    }

    public List<DateMention> dates() {
        return dates;
    }

    public List<AmountMention> amounts() {
        return amounts;
    }

    public List<Respondent> respondents() {
        return respondents;
    }

    public Optional<String> symbol() {
        return symbol;
    }

    public NormalisedText text() {
        return segments.text();
    }

    /** The sentences with their tokens, in the order of {@link #sentences}; built on first use. */
    public List<AnnotatedSentence> annotatedSentences() {
        List<AnnotatedSentence> a = annotated;
        if (a == null) {
            List<AnnotatedSentence> built = new ArrayList<>(sentences.size());
            for (Sentence s : sentences) built.add(AnnotatedSentence.of(this, s));
            annotated = a = List.copyOf(built);
        }
        return a;
    }

    /**
     * Sentences joined with what continues their list (see {@link ContinuedSentences}), annotated; read by the rules
     * after {@link #annotatedSentences}, whose sentences they overlap.
     */
    public List<AnnotatedSentence> continuedSentences() {
        List<AnnotatedSentence> c = continued;
        if (c == null) {
            List<AnnotatedSentence> built = new ArrayList<>();
            for (Sentence s : ContinuedSentences.of(this)) built.add(AnnotatedSentence.of(this, s));
            continued = c = List.copyOf(built);
        }
        return c;
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
