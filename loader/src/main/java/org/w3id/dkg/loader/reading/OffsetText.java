package org.w3id.dkg.loader.reading;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text under construction that remembers, for each char, the source index it stands
 * for. Every edit of the normaliser goes through it, so no edit can lose the way back
 * to the source.
 */
final class OffsetText {
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[32];

    static OffsetText ofSource(String raw, int from, int to) {
        OffsetText t = new OffsetText();
        for (int i = from; i < to; i++) {
            t.append(raw.charAt(i), i);
        }
        return t;
    }

    void append(char c, int sourceIndex) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = sourceIndex;
        text.append(c);
    }

    void append(OffsetText other) {
        for (int i = 0; i < other.length(); i++) {
            append(other.charAt(i), other.offsetAt(i));
        }
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int offsetAt(int i) {
        return offsets[i];
    }

    void setChar(int i, char c) {
        text.setCharAt(i, c);
    }

    void delete(int from, int to) {
        if (from >= to) {
            return;
        }
        System.arraycopy(offsets, to, offsets, from, text.length() - to);
        text.delete(from, to);
    }

    /** Deletes every match of {@code p}, or only its group 1 when the pattern has one. */
    void deleteMatches(Pattern p) {
        Matcher m = p.matcher(text);
        int[][] ranges = new int[16][];
        int n = 0;
        while (m.find()) {
            if (n == ranges.length) {
                ranges = Arrays.copyOf(ranges, n * 2);
            }
            int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
            ranges[n++] = new int[] {m.start(g), m.end(g)};
        }
        for (int k = n - 1; k >= 0; k--) {
            delete(ranges[k][0], ranges[k][1]);
        }
    }

    /** Turns every kind of space (tab, no-break, thin) into a plain space, collapses runs, trims. */
    void normaliseSpaces() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                text.setCharAt(i, ' ');
            }
        }
        for (int i = text.length() - 1; i > 0; i--) {
            if (text.charAt(i) == ' ' && text.charAt(i - 1) == ' ') {
                delete(i, i + 1);
            }
        }
        trim();
    }

    void trim() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        delete(end, text.length());
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        delete(0, start);
    }

    int[] offsets() {
        return Arrays.copyOf(offsets, text.length());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
