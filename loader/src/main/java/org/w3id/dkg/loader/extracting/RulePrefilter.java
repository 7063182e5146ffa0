package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a sentence must contain for a rule to have any chance of matching: the words the rule's
 * pattern cannot do without ("ratifié", "membre") and the kinds of tokens it needs (a State, an
 * instrument). Trying every rule's regular expression on every sentence is where extraction spends
 * its time; most sentences lack the verb or the token a rule needs, and a substring test rejects
 * them at a fraction of the cost.
 *
 * <p>The requirements are read from the rule's pattern as written (before its macros are expanded),
 * conservatively: only what every match must consume counts — nothing inside an optional part, a
 * lookaround, or an alternation unless all its branches share it. A prefilter can thus only skip
 * sentences on which the rule cannot match, never change what a rule finds.
 */
final class RulePrefilter {
    /** Shortest word kept as a requirement: shorter ones ("a", "le") are in nearly every sentence. */
    private static final int MIN_WORD = 3;

    private final Set<String> words;
    private final Set<String> tokenKinds;
    private final List<Set<String>> anyOf;

    private RulePrefilter(Set<String> words, Set<String> tokenKinds, List<Set<String>> anyOf) {
        this.words = words;
        this.tokenKinds = tokenKinds;
        this.anyOf = anyOf;
    }

    /** The prefilter of a rule written as {@code source} (a {@link FactPatterns} pattern, macros unexpanded). */
    static RulePrefilter of(String source) {
        Requirement r = new Parser(source).alternation();
        return new RulePrefilter(Set.copyOf(r.words), Set.copyOf(r.tokenKinds), r.anyOf.stream().map(Set::copyOf).toList());
    }

    /** Words (lower case) every match contains. */
    Set<String> words() {
        return words;
    }

    /** Sets of words of which every match contains at least one (the verbs of "(?:a ratifié|ont adhéré)"). */
    List<Set<String>> anyOf() {
        return anyOf;
    }

    /** Token kinds every match holds, each as the letters that satisfy it ("SR": a State or the respondent). */
    Set<String> tokenKinds() {
        return tokenKinds;
    }

    /**
     * Whether a sentence may match: {@code lowerTemplate} is its template in lower case (Locale.ROOT) and
     * {@code letters} the letters of the tokens it holds.
     */
    boolean admits(String lowerTemplate, String letters) {
        for (String kind : tokenKinds) {
            boolean any = false;
            for (int i = 0; i < kind.length() && !any; i++) any = letters.indexOf(kind.charAt(i)) >= 0;
            if (!any) return false;
        }
        for (String w : words) {
            if (!lowerTemplate.contains(w)) return false;
        }
        for (Set<String> any : anyOf) {
            boolean found = false;
            for (String w : any) {
                if (lowerTemplate.contains(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /** What a part of a pattern requires. */
    private static final class Requirement {
        final Set<String> words = new LinkedHashSet<>();
        final Set<String> tokenKinds = new LinkedHashSet<>();
        /** Disjunctions: of each set, at least one word. */
        final List<Set<String>> anyOf = new ArrayList<>();

        void add(Requirement other) {
            words.addAll(other.words);
            tokenKinds.addAll(other.tokenKinds);
            anyOf.addAll(other.anyOf);
        }

        /**
         * What all branches require: the words and token kinds they share, the disjunctions they share, and — when
         * every branch needs some word — the disjunction of one word per branch (its longest, or a disjunction of its
         * own): "(?:a ratifié|ont adhéré à)" needs "ratifié" or "adhéré".
         */
        static Requirement common(List<Requirement> branches) {
            Requirement c = new Requirement();
            if (branches.isEmpty()) return c;
            c.add(branches.get(0));
            for (Requirement b : branches.subList(1, branches.size())) {
                c.words.retainAll(b.words);
                c.tokenKinds.retainAll(b.tokenKinds);
                c.anyOf.retainAll(b.anyOf);
            }
            if (branches.size() > 1 && c.words.isEmpty()) {
                Set<String> any = new LinkedHashSet<>();
                for (Requirement b : branches) {
                    if (!b.words.isEmpty()) {
                        any.add(b.words.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
                    } else if (!b.anyOf.isEmpty()) {
                        any.addAll(b.anyOf.get(0));
                    } else {
                        return c;
                    }
                }
                c.anyOf.add(any);
            }
            return c;
        }
    }

    /** A small recursive-descent reader of the regular-expression syntax the rule files use. */
    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        /** Branches separated by | up to the end or the closing parenthesis: what they all require. */
        Requirement alternation() {
            List<Requirement> branches = new ArrayList<>();
            branches.add(sequence());
            while (at < s.length() && s.charAt(at) == '|') {
                at++;
                branches.add(sequence());
            }
            return Requirement.common(branches);
        }

        private Requirement sequence() {
            Requirement seq = new Requirement();
            StringBuilder word = new StringBuilder();
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                char c = s.charAt(at);
                if (c == '(') {
                    flush(word, seq);
                    boolean lookaround = s.startsWith("(?=", at) || s.startsWith("(?!", at)
                            || s.startsWith("(?<=", at) || s.startsWith("(?<!", at);
                    at = afterGroupOpening(at);
                    Requirement inner = alternation();
                    if (at < s.length()) at++; // ')'
                    if (!optionalQuantifier() && !lookaround) seq.add(inner);
                } else if (c == '[') {
                    flush(word, seq);
                    at = afterClass(at);
                    optionalQuantifier();
                } else if (c == '\\') {
                    flush(word, seq);
                    at = afterEscape(at);
                    optionalQuantifier();
                } else if (c == '{' && macroAt(at) != null) {
                    flush(word, seq);
                    String macro = macroAt(at);
                    at += macro.length() + 2;
                    List<TokenKind> kinds = TokenKind.acceptedBy(macro);
                    if (!optionalQuantifier() && kinds != null) seq.tokenKinds.add(TokenKind.letters(kinds));
                } else if (c == '.' || c == '^' || c == '$') {
                    flush(word, seq);
                    at++;
                    optionalQuantifier();
                } else {
                    at++;
                    boolean optional = optionalQuantifier();
                    if (Character.isLetter(c) && !optional) {
                        word.append(c);
                        if (quantified) flush(word, seq);
                    } else {
                        flush(word, seq);
                    }
                }
            }
            flush(word, seq);
            return seq;
        }

        /** Set by {@link #optionalQuantifier}: whether the atom just read had any quantifier. */
        private boolean quantified;

        /** Reads a quantifier after an atom, if any; true when it lets the atom match nothing. */
        private boolean optionalQuantifier() {
            quantified = false;
            if (at >= s.length()) return false;
            char c = s.charAt(at);
            boolean optional;
            if (c == '?' || c == '*') {
                optional = true;
                at++;
            } else if (c == '+') {
                optional = false;
                at++;
            } else if (c == '{' && macroAt(at) == null && s.indexOf('}', at) > at) {
                int close = s.indexOf('}', at);
                String bounds = s.substring(at + 1, close);
                if (!bounds.matches("\\d+(,\\d*)?")) return false;
                optional = bounds.startsWith("0");
                at = close + 1;
            } else {
                return false;
            }
            quantified = true;
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) at++; // lazy or possessive
            return optional;
        }

        private String macroAt(int i) {
            if (s.charAt(i) != '{') return null;
            int close = s.indexOf('}', i);
            if (close < 0) return null;
            String name = s.substring(i + 1, close);
            return name.matches("[A-Z]+") ? name : null;
        }

        private int afterGroupOpening(int i) {
            if (!s.startsWith("(?", i)) return i + 1;
            if (s.startsWith("(?<=", i) || s.startsWith("(?<!", i)) return i + 4;
            if (s.startsWith("(?<", i)) return s.indexOf('>', i) + 1;
            int j = i + 2;
            while (j < s.length() && s.charAt(j) != ':' && s.charAt(j) != ')') j++;
            if (j < s.length() && s.charAt(j) == ':') return j + 1;
            return j; // "(?i)": flags only; the ')' ends an empty group
        }

        private int afterClass(int i) {
            int j = i + 1;
            if (j < s.length() && s.charAt(j) == '^') j++;
            if (j < s.length() && s.charAt(j) == ']') j++;
            int depth = 1;
            while (j < s.length() && depth > 0) {
                char c = s.charAt(j);
                if (c == '\\') j++;
                else if (c == '[') depth++;
                else if (c == ']') depth--;
                j++;
            }
            return j;
        }

        private int afterEscape(int i) {
            int j = i + 2;
            char e = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if ((e == 'p' || e == 'P') && j < s.length() && s.charAt(j) == '{') j = s.indexOf('}', j) + 1;
            if (e == 'Q') {
                int end = s.indexOf("\\E", j);
                j = end < 0 ? s.length() : end + 2;
            }
            return j;
        }

        private static void flush(StringBuilder word, Requirement seq) {
            if (word.length() >= MIN_WORD) seq.words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    @Override
    public String toString() {
        return "words " + words + ", any of " + anyOf + ", tokens " + new HashSet<>(tokenKinds);
    }
}
