package org.w3id.dkg.loader.reading;

import java.util.ArrayList;
import java.util.List;

/** One line of the source: its text (no line break) and where it starts in the source. */
record SourceLine(String text, int start) {

    static List<SourceLine> split(String raw) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n') {
                int end = i;
                if (end > start && raw.charAt(end - 1) == '\r') {
                    end--;
                }
                lines.add(new SourceLine(raw.substring(start, end), start));
                start = i + 1;
            }
        }
        return lines;
    }

    int end() {
        return start + text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    boolean isBlank() {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Number of leading space chars (any kind of space). */
    int indent() {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** Index in the source of the first non-space char. */
    int contentStart() {
        return start + indent();
    }

    /** Index in the source just after the last non-space char. */
    int contentEnd() {
        int e = text.length();
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) {
            e--;
        }
        return start + Math.max(e, indent());
    }

    String trimmed() {
        return text.substring(contentStart() - start, contentEnd() - start);
    }
}
