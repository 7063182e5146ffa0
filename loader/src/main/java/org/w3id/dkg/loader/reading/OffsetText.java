package org.w3id.dkg.loader.reading;

import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text under construction that remembers, for each char, the source index it stands
 * for. Every edit of the normaliser goes through it, so no edit can lose the way back
 * to the source. Repairs that delete many chars mark them and {@link #removeMarked} them in
 * one pass, so that a repair costs time linear in the text, even on a block of megabytes
 * with no line break (one {@link #delete} per char would be quadratic).
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

    /** Deletes, in one pass, every char whose index is set in {@code marked}. */
    void removeMarked(BitSet marked) {
        if (marked.isEmpty()) {
            return;
        }
        int w = marked.nextSetBit(0);
        for (int r = w; r < text.length(); r++) {
            if (!marked.get(r)) {
                text.setCharAt(w, text.charAt(r));
                offsets[w] = offsets[r];
                w++;
            }
        }
        text.setLength(w);
    }

    /** The chars from {@code from} to {@code to}, without copying the rest. */
    String substring(int from, int to) {
        return text.substring(from, to);
    }

    /** Deletes every match of {@code p}, or only its group 1 when the pattern has one. */
    void deleteMatches(Pattern p) {
        Matcher m = p.matcher(text);
        BitSet marked = new BitSet();
        while (m.find()) {
            int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
            marked.set(m.start(g), m.end(g));
        }
        removeMarked(marked);
    }

    /** Turns every kind of space (tab, no-break, thin) into a plain space, collapses runs, trims. */
    void normaliseSpaces() {
        BitSet doubled = new BitSet();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                text.setCharAt(i, ' ');
            }
            if (i > 0 && text.charAt(i) == ' ' && text.charAt(i - 1) == ' ') {
                doubled.set(i);
            }
        }
        removeMarked(doubled);
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
