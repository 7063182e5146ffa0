package org.w3id.dkg.app.server.regex;

import org.apache.jena.sparql.expr.ExprEvalException;

/**
 * A SPARQL regular expression with its flags ({@code i}, {@code s}, {@code m}, {@code x},
 * {@code q}), compiled for RE2/J when RE2/J accepts it (linear time, no backtracking) and for
 * {@code java.util.regex} otherwise (back-references). A pattern neither accepts, or an unknown
 * flag, is an evaluation error, as in Jena.
 */
abstract class BoundedPattern {

    abstract boolean find(CharSequence text);

    abstract String replaceAll(CharSequence text, String replacement);

    static BoundedPattern compile(String pattern, String flags) {
        String f = flags == null ? "" : flags;
        int re2 = 0;
        int jdk = 0;
        String p = pattern;
        for (char c : f.toCharArray()) {
            switch (c) {
                case 'i' -> {
                    re2 |= com.google.re2j.Pattern.CASE_INSENSITIVE;
                    jdk |= java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE;
                }
                case 's' -> {
                    re2 |= com.google.re2j.Pattern.DOTALL;
                    jdk |= java.util.regex.Pattern.DOTALL;
                }
                case 'm' -> {
                    re2 |= com.google.re2j.Pattern.MULTILINE;
                    jdk |= java.util.regex.Pattern.MULTILINE;
                }
                case 'x' -> p = withoutWhiteSpace(p);
                case 'q' -> { }
                default -> throw new ExprEvalException("REGEX: unknown flag '" + c + "' in \"" + f + "\"");
            }
        }
        if (f.indexOf('q') >= 0) {
            p = com.google.re2j.Pattern.quote(pattern);
        }
        try {
            com.google.re2j.Pattern linear = com.google.re2j.Pattern.compile(p, re2);
            return new Compiled("re2", t -> linear.matcher(t).find(), (t, r) -> linear.matcher(t).replaceAll(r));
        } catch (com.google.re2j.PatternSyntaxException notForRe2) {
            try {
                java.util.regex.Pattern backtracking = java.util.regex.Pattern.compile(p, jdk);
                return new Compiled("backtracking", t -> backtracking.matcher(t).find(),
                        (t, r) -> backtracking.matcher(t).replaceAll(r));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new ExprEvalException("REGEX: bad pattern \"" + pattern + "\": " + e.getDescription());
            }
        }
    }

    /** XPath's {@code x} flag: white space is removed from the pattern, except inside a character class. */
    private static String withoutWhiteSpace(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            if (inClass || !(c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The two operations of one engine (RE2/J or java.util.regex), whose matchers share no interface. */
    private static final class Compiled extends BoundedPattern {
        private final String engine;
        private final java.util.function.Predicate<CharSequence> find;
        private final java.util.function.BiFunction<CharSequence, String, String> replaceAll;

        Compiled(String engine, java.util.function.Predicate<CharSequence> find,
                 java.util.function.BiFunction<CharSequence, String, String> replaceAll) {
            this.engine = engine;
            this.find = find;
            this.replaceAll = replaceAll;
        }

        @Override
        boolean find(CharSequence text) {
            return find.test(text);
        }

        @Override
        String replaceAll(CharSequence text, String replacement) {
            try {
                return replaceAll.apply(text, replacement);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement \"" + replacement + "\": " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return engine;
        }
    }
}
