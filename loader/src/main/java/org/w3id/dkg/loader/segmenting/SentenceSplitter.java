package org.w3id.dkg.loader.segmenting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.language.LanguagePack;

/**
 * Cuts a paragraph into sentences at a final period, question or exclamation mark
 * followed by a capital (or an opening quote), except after the abbreviations of
 * {@code abbreviations.txt} and inside numbers ({@code 2,7}, {@code 1540 (2004).}).
 * Rule-based on purpose: report prose is regular, and a model would be one more
 * dependency to keep for little gain.
 */
public final class SentenceSplitter {
    private static final Pattern BOUNDARY = Pattern.compile("([.!?…])[»”)]*\\s+(?=[«“\"(]?\\s*[\\p{Lu}\\d])");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)$");
    private final Set<String> abbreviations = new HashSet<>();

    /** Sentences of {@code language}, with the abbreviations of its {@code abbreviations.txt}. */
    public SentenceSplitter(LanguagePack language) {
        abbreviations.addAll(language.lines("abbreviations.txt"));
    }

    /** The sentences of {@code text} within {@code [start, end)}. */
    public List<Sentence> split(String text, int start, int end) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            if (isAbbreviation(text, from, m.start(1))) continue;
            int close = m.end() - trailingSpace(text, m.end());
            sentences.add(new Sentence(from, close));
            from = m.end();
        }
        if (from < end) sentences.add(new Sentence(from, end));
        return sentences;
    }

    private boolean isAbbreviation(String text, int from, int period) {
        if (text.charAt(period) != '.') return false;
        Matcher w = LAST_WORD.matcher(text.substring(Math.max(from, period - 12), period));
        if (!w.find()) return false;
        String word = w.group(1);
        return abbreviations.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static int trailingSpace(String text, int end) {
        int n = 0;
        while (end - n - 1 >= 0 && Character.isWhitespace(text.charAt(end - n - 1))) n++;
        return n;
    }
}
