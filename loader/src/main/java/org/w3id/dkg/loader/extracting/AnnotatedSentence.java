package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.recognising.AmountMention;
import org.w3id.dkg.loader.recognising.DateMention;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.segmenting.Sentence;

/**
 * A sentence with what was recognised in it replaced by tokens, so that patterns are
 * written over meaning rather than spelling: {@code le Traité sur le commerce des armes
 * ... a été signé par le Burkina Faso le 3 juin 2013} becomes
 * {@code ⟦I0⟧ ... a été signé par ⟦S1⟧ le ⟦D2⟧}. Every character of the template maps
 * back to the normalised text, so a match is quoted verbatim. A plural reference that stands
 * for several entities ("ces conventions") is written as their list, {@code ⟦I3⟧ et ⟦I4⟧}, with the conjunction of
 * the language ({@code rules.list-join}).
 */
public final class AnnotatedSentence {
    /** The subjects that refer to the respondent, per language (the pack's {@code subjects.txt}). */
    private static final Map<String, Pattern> SUBJECTS = new ConcurrentHashMap<>();
    /** The conjunction of a list, per language (the lexicon's {@code rules.list-join}): "et", "and". */
    private static final Map<String, String> JOINS = new ConcurrentHashMap<>();

    private final Sentence sentence;
    private final String template;
    private final int[] textOffsets;
    private final List<Token> tokens;

    private AnnotatedSentence(Sentence sentence, String template, int[] textOffsets, List<Token> tokens) {
        this.sentence = sentence;
        this.template = template;
        this.textOffsets = textOffsets;
        this.tokens = tokens;
    }

    /** Annotates one sentence of an analysed document. */
    public static AnnotatedSentence of(DocumentAnalysis doc, Sentence s) {
        String text = doc.text().text();
        List<Token> found = new ArrayList<>();
        for (EntityMention m : within(doc.mentions(), s)) {
            found.add(new Token(TokenKind.of(m.entity().kind()), m.start(), m.end(), m.entity(), null, null));
        }
        for (DateMention d : within(doc.dates(), s)) found.add(new Token(TokenKind.DATE, d.start(), d.end(), null, d, null));
        for (AmountMention a : within(doc.amounts(), s)) found.add(new Token(TokenKind.AMOUNT, a.start(), a.end(), null, null, a));
        Optional<Respondent> respondent = doc.respondentAt(s.start());
        if (respondent.isPresent()) {
            Matcher m = SUBJECTS.computeIfAbsent(doc.language().tag(), t -> subjectPattern(doc.language()))
                    .matcher(text).region(s.start(), s.end());
            while (m.find()) {
                found.add(new Token(TokenKind.RESPONDENT, m.start(1), m.end(1), respondent.get().entity(), null, null));
            }
        }
        found.sort(Comparator.comparingInt(Token::start).thenComparing(t -> -(t.end() - t.start())));
        List<Token> tokens = new ArrayList<>();
        int floor = s.start();
        for (Token t : found) {
            if (t.start() >= floor || sameSpanEntity(tokens, t)) {
                tokens.add(t);
                floor = t.end();
            }
        }
        StringBuilder template = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        int at = s.start();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (; at < t.start(); at++) {
                template.append(text.charAt(at));
                offsets.add(at);
            }
            if (i > 0 && sameSpanEntity(tokens.subList(0, i), t)) {
                // one of several antecedents of a plural reference ("ces conventions"): written as a list
                String joint = i + 1 < tokens.size() && sameSpanEntity(tokens.subList(0, i + 1), tokens.get(i + 1)) ? ", "
                        : JOINS.computeIfAbsent(doc.language().tag(), tag -> " " + doc.language().lexicon().get("rules.list-join") + " ");
                template.append(joint);
                for (int k = 0; k < joint.length(); k++) offsets.add(t.end());
            }
            String mark = t.kind().mark(i);
            for (int k = 0; k < mark.length(); k++) offsets.add(k == 0 ? t.start() : t.end());
            template.append(mark);
            at = t.end();
        }
        for (; at < s.end(); at++) {
            template.append(text.charAt(at));
            offsets.add(at);
        }
        offsets.add(s.end());
        return new AnnotatedSentence(s, template.toString(), offsets.stream().mapToInt(Integer::intValue).toArray(), tokens);
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The sentence with tokens in place of what was recognised. */
    public String template() {
        return template;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The distinct letters of the tokens the sentence holds ("SID": a State, an instrument, a date). */
    public String tokenLetters() {
        StringBuilder letters = new StringBuilder();
        for (Token t : tokens) {
            if (letters.indexOf(String.valueOf(t.kind().letter())) < 0) letters.append(t.kind().letter());
        }
        return letters.toString();
    }

    /** The tokens whose marks lie within {@code [from, to)} of the template. */
    public List<Token> tokensIn(int from, int to) {
        List<Token> in = new ArrayList<>();
        Matcher m = TokenKind.ANY_MARK.matcher(template).region(from, to);
        while (m.find()) in.add(tokens.get(Integer.parseInt(m.group(1))));
        return in;
    }

    /** The text offset of template index {@code i} (start of a mark: start of its token). */
    public int textStart(int i) {
        return textOffsets[i];
    }

    /** The text offset just after template index {@code i - 1} (end of a mark: end of its token). */
    public int textEnd(int i) {
        if (i == 0) return textOffsets[0];
        int prev = textOffsets[i - 1];
        return template.charAt(i - 1) == '⟧' ? prev : prev + 1;
    }

    /** Whether {@code t} is one more entity over exactly the words of the last token (a plural reference). */
    private static boolean sameSpanEntity(List<Token> before, Token t) {
        if (before.isEmpty() || t.entity() == null) return false;
        Token last = before.get(before.size() - 1);
        return last.entity() != null && last.start() == t.start() && last.end() == t.end();
    }

    /** Where the mark of {@code t} (one of this sentence's tokens) starts in the template, or -1. */
    public int markStart(Token t) {
        return template.indexOf(t.kind().mark(tokens.indexOf(t)));
    }

    /** The spans (sorted by start, as recognition returns them) that lie inside {@code s}: found by bisection. */
    private static <T extends org.w3id.dkg.loader.segmenting.Span> List<T> within(List<T> spans, Sentence s) {
        int lo = 0, hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < s.start()) lo = mid + 1;
            else hi = mid;
        }
        List<T> in = new ArrayList<>();
        for (int i = lo; i < spans.size() && spans.get(i).start() < s.end(); i++) {
            if (spans.get(i).end() <= s.end()) in.add(spans.get(i));
        }
        return in;
    }

    private static Pattern subjectPattern(LanguagePack language) {
        List<String> phrases = new ArrayList<>();
        for (String line : language.lines("subjects.txt")) phrases.add(Pattern.quote(line));
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("(?:^|(?<=[,;:]\\s)|(?<=^\\d{1,3}\\.\\s))(" + String.join("|", phrases) + ")(?![\\p{L}-])");
    }
}
