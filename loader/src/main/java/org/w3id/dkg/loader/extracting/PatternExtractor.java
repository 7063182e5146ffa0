package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.w3id.dkg.loader.language.LanguagePack;

/**
 * The common loop of rule-based extractors: every rule of the family's rule file (in the document's language) is
 * tried on every annotated sentence that holds what the rule needs (see {@link RulePrefilter}), each match is turned into facts by the family's
 * {@link #build}, and facts the same by identity are kept once, with the highest confidence. Sentences whose list
 * goes on in the next ones are read once more joined with them ({@link DocumentAnalysis#continuedSentences}).
 *
 * @param <F> the family's fact type
 */
public abstract class PatternExtractor<F extends Fact> implements FactExtractor<F> {
    private final List<FactPattern> rules;

    /** An extractor by the rules of {@code resource}, written in {@code language}. */
    protected PatternExtractor(LanguagePack language, String resource) {
        this(FactPatterns.load(language, resource));
    }

    /** An extractor by {@code rules} (e.g. a family's rule file and the rules its grammar makes). */
    protected PatternExtractor(List<FactPattern> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The facts one match states (none when a required part is missing). */
    protected abstract List<F> build(PatternMatch match);

    @Override
    public List<F> extract(DocumentAnalysis doc, FactsSoFar before) {
        Map<String, F> facts = new LinkedHashMap<>();
        List<AnnotatedSentence> units = new ArrayList<>(doc.annotatedSentences());
        units.addAll(doc.continuedSentences());
        for (AnnotatedSentence sentence : units) {
            ExtractionInterruptedException.checkpoint();
            String lower = sentence.template().toLowerCase(Locale.ROOT);
            String letters = sentence.tokenLetters();
            for (FactPattern rule : rules) {
                if (!rule.prefilter().admits(lower, letters)) continue;
                Matcher m = rule.regex().matcher(sentence.template());
                while (m.find()) {
                    for (F fact : build(new PatternMatch(doc, sentence, m, rule, before))) {
                        facts.merge(fact.identity(), fact,
                                (a, b) -> b.evidence().confidence() > a.evidence().confidence() ? b : a);
                    }
                }
            }
        }
        return new ArrayList<>(facts.values());
    }
}
