package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text cut into the words and marks the open-world recogniser reads names from: words (hyphenated ones whole),
 * elisions with their apostrophe ({@code l’}, {@code d’}) and single punctuation marks, each with its offsets.
 * Two tokens belong to one phrase only when nothing but spaces stands between them.
 */
final class NameTokens {
    /** One token: its text and where it is. */
    record Tok(String text, int start, int end) {
        boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** Two or more capitals and no lower-case letter after the first two: {@code UNSAC}, {@code OCWAR-T}, {@code CoE}. */
        boolean acronym() {
            int upper = 0;
            for (int i = 0; i < text.length(); i++) if (Character.isUpperCase(text.charAt(i))) upper++;
            return upper >= 2 && upper * 2 >= text.replaceAll("[^\\p{L}]", "").length();
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:[\\p{L}](?=[’']\\p{L}))[’']|[\\p{L}\\p{M}\\p{N}]+(?:[-‐.&][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    private NameTokens() {}

    static List<Tok> of(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(new Tok(m.group().replace('\'', '’'), m.start(), m.end()));
        return out;
    }

    /** Whether only spaces (no line break) stand between two tokens. */
    static boolean adjacent(String text, Tok a, Tok b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) || c == '\n') return false;
        }
        return true;
    }
}
