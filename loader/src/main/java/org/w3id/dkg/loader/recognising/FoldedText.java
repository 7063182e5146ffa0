package org.w3id.dkg.loader.recognising;

/**
 * A copy of a text in which the typographic variants that do not change a name are made equal — curly and
 * straight apostrophes, curly and straight quotes, non-breaking and ordinary spaces, line breaks — and every
 * run of white space is one space; with, for each char of the copy, the index of the char it stands for in
 * the original. Matching runs on the copy and reports offsets in the original, so a mention's surface is
 * always exactly {@code original.substring(start, end)} even when a PDF line break falls inside a name.
 */
public final class FoldedText {

    private final String original;
    private final String folded;
    private final int[] toOriginal;

    private FoldedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    /** Folds a text, keeping the way back to it. */
    public static FoldedText of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        boolean lastSpace = true; // drops leading white space
        for (int i = 0; i < original.length(); i++) {
            char c = foldChar(original.charAt(i));
            if (c == 0) {
                continue;
            }
            if (c == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            map[sb.length()] = i;
            sb.append(c);
        }
        map[sb.length()] = original.length();
        int[] trimmed = new int[sb.length() + 1];
        System.arraycopy(map, 0, trimmed, 0, sb.length() + 1);
        return new FoldedText(original, sb.toString(), trimmed);
    }

    /** The folded form of a name, as it is stored in the automaton and the alias index. */
    public static String fold(String s) {
        return of(s).folded().strip();
    }

    /** One char folded; 0 means "drop it" (soft hyphen, zero-width chars). */
    static char foldChar(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4', '\u2032', '\u02BB':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u02EE', '\u2033':
                return '"';
            case '\u2010', '\u2011', '\u2012':
                return '-';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF':
                return 0;
            default:
                return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        }
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The original index of the char at {@code foldedIndex} (or the original length at the end). */
    public int originalStart(int foldedIndex) {
        return toOriginal[foldedIndex];
    }

    /** The original end (exclusive) of a folded range ending (exclusive) at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        return foldedEnd == 0 ? toOriginal[0] : toOriginal[foldedEnd - 1] + 1;
    }
}
