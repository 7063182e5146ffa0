package org.w3id.dkg.loader.reading;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of one document, counted, to mend words that PDF extraction cut in two
 * ({@code ob jectifs}, {@code bi ennale}) without guessing: the document itself says
 * which whole word is meant, because it uses that word elsewhere unbroken. No
 * external word list is needed, so it works for any language the reports come in.
 */
final class SelfDictionary {
    private final Map<String, Integer> counts = new HashMap<>();

    SelfDictionary(String raw) {
        int i = 0;
        int n = raw.length();
        while (i < n) {
            if (!Character.isLetter(raw.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(raw.charAt(i))) {
                i++;
            }
            counts.merge(key(raw.substring(start, i)), 1, Integer::sum);
        }
    }

    int count(String word) {
        return counts.getOrDefault(key(word), 0);
    }

    /**
     * Whether {@code left right}, found split by one space, should be one word: the
     * joined word occurs unbroken in the document, and at least one of the two parts
     * occurs nowhere else on its own (so it is a fragment, not a word of the text).
     */
    boolean shouldJoin(String left, String right) {
        if (left.isEmpty() || right.isEmpty() || !Character.isLowerCase(right.charAt(0))) {
            return false;
        }
        if (count(left + right) < 1) {
            return false;
        }
        return count(left) <= 1 || count(right) <= 1;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
