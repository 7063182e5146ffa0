package org.w3id.dkg.loader.family.funding;

import java.util.function.Predicate;
import org.w3id.dkg.loader.extracting.AnnotatedSentence;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.extracting.Token;

/**
 * The clause of a sentence that speaks of one funding decision — where its beneficiary, amount and period
 * are read — and the quote that evidences it. A sentence often names several decisions, each with its own.
 */
final class DecisionClause {
    private static final int MAX_QUOTE = 200;

    private DecisionClause() {}

    /**
     * The clause of a decision in the template: the brackets that hold it, else the sentence
     * from the previous decision to the next one (or the bracket that opens before it).
     */
    static int[] scope(AnnotatedSentence s, Token decision, Predicate<Token> isDecision) {
        String t = s.template();
        int at = s.markStart(decision);
        int depth = 0, open = -1;
        for (int i = at - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) {
                open = i;
                break;
            }
        }
        if (open >= 0) {
            int close = t.length();
            depth = 0;
            for (int i = at; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '(') depth++;
                else if (c == ')' && depth-- == 0) {
                    close = i;
                    break;
                }
            }
            return new int[] {open + 1, close};
        }
        int from = 0, to = t.length();
        for (Token other : s.tokens()) {
            if (other == decision || !isDecision.test(other)) continue;
            int o = s.markStart(other);
            if (o < at) from = Math.max(from, t.indexOf(')', o) < 0 ? o : t.indexOf(')', o) + 1);
            else {
                int bracket = t.lastIndexOf('(', o);
                to = Math.min(to, bracket > at ? bracket : o);
            }
        }
        return new int[] {Math.min(from, at), to};
    }

    /** Evidence for a decision: from the match to the end of its clause, at most {@value #MAX_QUOTE} characters, cut at a word. */
    static Evidence evidence(PatternMatch match, int scopeEnd) {
        Evidence e = match.evidence();
        AnnotatedSentence s = match.sentence();
        String text = match.document().text().text();
        int end = Math.max(e.end(), s.textEnd(Math.min(scopeEnd, s.template().length())));
        if (end - e.start() > MAX_QUOTE) {
            end = e.start() + MAX_QUOTE;
            while (end > e.end() && !Character.isWhitespace(text.charAt(end))) end--;
        }
        while (end > e.end() && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:(".indexOf(text.charAt(end - 1)) >= 0)) end--;
        return match.document().evidence(e.start(), end, e.rule(), e.confidence());
    }
}
