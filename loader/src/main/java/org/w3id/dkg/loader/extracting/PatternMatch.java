package org.w3id.dkg.loader.extracting;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.recognising.AmountMention;
import org.w3id.dkg.loader.recognising.DateMention;

/**
 * One firing of a rule on an annotated sentence: what its named groups hold, and the
 * evidence, quoted verbatim from the normalised text between the match's ends.
 */
public final class PatternMatch {
    /**
     * A sentence that opens with a date and a comma, after an optional paragraph number and a short word that
     * introduces the date ("Le 3 juin 2014, ...", "En 2022, ...": an article or preposition of one to three letters).
     */
    private static final Pattern OPENING_DATE = Pattern.compile("\\s*(?:\\d{1,3}\\.\\s+)?(?:\\p{L}{1,3}\\s+)?" + TokenKind.OPEN + TokenKind.DATE.letter() + "(\\d+)" + TokenKind.CLOSE + ",\\s");

    /** Where widened evidence stops: a sentence mark or another token. */
    private static final String STOPS = ".;" + TokenKind.OPEN;

    private final AnnotatedSentence sentence;
    private final Matcher matcher;
    private final FactPattern rule;
    private final DocumentAnalysis doc;
    private final FactsSoFar before;

    PatternMatch(DocumentAnalysis doc, AnnotatedSentence sentence, Matcher matcher, FactPattern rule, FactsSoFar before) {
        this.doc = doc;
        this.before = before;
        this.sentence = sentence;
        this.matcher = matcher;
        this.rule = rule;
    }

    public FactPattern rule() {
        return rule;
    }

    public DocumentAnalysis document() {
        return doc;
    }

    /** The facts earlier families found in the document (events, for the roles held in them). */
    public FactsSoFar factsSoFar() {
        return before;
    }

    public AnnotatedSentence sentence() {
        return sentence;
    }

    /** The tokens inside a named group (none when the group did not take part). */
    public List<Token> tokens(String group) {
        if (!hasGroup(group) || matcher.start(group) < 0) return List.of();
        return sentence.tokensIn(matcher.start(group), matcher.end(group));
    }

    /** Where a named group begins in the sentence's template, or -1 when it took no part (or the rule has no such group). */
    public int templateStart(String group) {
        return hasGroup(group) ? matcher.start(group) : -1;
    }

    /** The entities inside a named group, in text order. */
    public List<Entity> entities(String group) {
        return tokens(group).stream().filter(t -> t.entity() != null).map(Token::entity).toList();
    }

    public Optional<Entity> entity(String group) {
        return entities(group).stream().findFirst();
    }

    public Optional<DateMention> date(String group) {
        return tokens(group).stream().filter(t -> t.date() != null).map(Token::date).findFirst();
    }

    public Optional<AmountMention> amount(String group) {
        return tokens(group).stream().filter(t -> t.amount() != null).map(Token::amount).findFirst();
    }

    /** The raw text of a named group, for groups over words (e.g. a place). */
    public Optional<String> text(String group) {
        if (!hasGroup(group) || matcher.start(group) < 0) return Optional.empty();
        return Optional.of(doc.text().slice(sentence.textStart(matcher.start(group)), sentence.textEnd(matcher.end(group))));
    }

    /**
     * The date that opens the sentence as an adverbial ("En juin 2022, le Mexique a présenté ..."), when the
     * match lies after it: it dates what the sentence reports. Empty when the sentence opens otherwise.
     */
    public Optional<DateMention> openingDate() {
        Matcher opening = OPENING_DATE.matcher(sentence.template());
        if (!opening.lookingAt() || opening.end() > matcher.start() + 1) return Optional.empty();
        Token t = sentence.tokens().get(Integer.parseInt(opening.group(1)));
        return Optional.ofNullable(t.date());
    }


    /** The respondent of the reply block the sentence belongs to, if any. */
    public Optional<Entity> respondent() {
        return doc.respondentAt(sentence.sentence().start()).map(Respondent::entity);
    }

    /** The nearest instrument named before the match in the same sentence, for rules whose object is implicit. */
    public Optional<Entity> precedingInstrument() {
        List<Token> before = sentence.tokensIn(0, matcher.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).is(TokenKind.INSTRUMENT)) return Optional.of(before.get(i).entity());
        }
        return Optional.empty();
    }

    /**
     * The nearest instrument named in the {@code sentences} sentences before the match's own, nearest first: for
     * a report that names a treaty once and then tells who deposited "their instruments of ratification".
     */
    public Optional<Entity> instrumentNamedBefore(int sentences) {
        List<AnnotatedSentence> all = doc.annotatedSentences();
        int at = all.indexOf(sentence);
        for (int k = at - 1; k >= 0 && k >= at - sentences; k--) {
            List<Token> tokens = all.get(k).tokens();
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (tokens.get(i).is(TokenKind.INSTRUMENT)) return Optional.of(tokens.get(i).entity());
            }
        }
        return Optional.empty();
    }

    /** Evidence: the matched text, verbatim, with this rule's id and confidence. */
    public Evidence evidence() {
        return evidence(rule.confidence());
    }

    /**
     * Evidence widened by up to {@code before} and {@code after} characters of the sentence on each side of the
     * match, stopping at a sentence mark (. or ;) or at another token: the words around a citation, without
     * making the rule's regular expression search for them.
     */
    public Evidence evidenceWidened(int before, int after) {
        String template = sentence.template();
        int s = matcher.start(), e = matcher.end();
        while (s > 0 && matcher.start() - s < before && STOPS.indexOf(template.charAt(s - 1)) < 0) s--;
        while (e < template.length() && e - matcher.end() < after && STOPS.indexOf(template.charAt(e)) < 0) e++;
        return doc.evidence(sentence.textStart(s), sentence.textEnd(e), rule.id(), rule.confidence());
    }

    public Evidence evidence(double confidence) {
        int start = sentence.textStart(matcher.start());
        int end = sentence.textEnd(matcher.end());
        return doc.evidence(start, end, rule.id(), confidence);
    }

    private boolean hasGroup(String name) {
        return matcher.pattern().pattern().contains("(?<" + name + ">");
    }
}
