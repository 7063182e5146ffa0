package org.w3id.dkg.loader.reading;

import java.util.BitSet;

/**
 * Repairs inside one block of text, after its lines are joined: white space, the
 * {@code soixante -dix} artefact (a space before a hyphen inside a compound) and
 * words split by a space. Each repair only deletes or replaces chars of an
 * {@link OffsetText}, so offsets to the source survive; each marks what it deletes and
 * removes it in one pass, so a block of megabytes costs time linear in its length.
 */
final class InlineRepairs {
    /** Longer than any word a line break could have cut: longer runs of letters are not joined. */
    static final int LONGEST_PART = 64;
    private final SelfDictionary dictionary;

    InlineRepairs(SelfDictionary dictionary) {
        this.dictionary = dictionary;
    }

    void apply(OffsetText t) {
        t.normaliseSpaces();
        joinSpaceHyphen(t);
        joinSplitWords(t);
    }

    /** {@code soixante -dix} → {@code soixante-dix}, {@code COVID -19} → {@code COVID-19}. */
    static void joinSpaceHyphen(OffsetText t) {
        // a deletion here never changes what is tested at a smaller index, so marks are enough
        BitSet spaces = new BitSet();
        for (int i = t.length() - 3; i >= 1; i--) {
            if (t.charAt(i) == ' ' && t.charAt(i + 1) == '-'
                    && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i + 2))) {
                spaces.set(i);
            }
        }
        t.removeMarked(spaces);
    }

    /**
     * Scanning backwards, joins {@code left right} when the document says so. A word joined
     * before is the right part of the next test ({@code a b c}: {@code b c} first, then
     * {@code a bc}), so the right word runs over the spaces already marked for deletion.
     * Parts longer than {@link #LONGEST_PART} letters are no fragments of a cut word.
     */
    private void joinSplitWords(OffsetText t) {
        BitSet joined = new BitSet();
        int i = t.length() - 1;
        while (i > 0) {
            // find the space between two letter runs, scanning backwards
            if (t.charAt(i) != ' ' || !Character.isLetter(t.charAt(i - 1))
                    || i + 1 >= t.length() || !Character.isLetter(t.charAt(i + 1))) {
                i--;
                continue;
            }
            StringBuilder right = new StringBuilder();
            for (int r = i + 1; r < t.length() && right.length() <= LONGEST_PART
                    && (Character.isLetter(t.charAt(r)) || joined.get(r)); r++) {
                if (!joined.get(r)) {
                    right.append(t.charAt(r));
                }
            }
            int leftStart = i - 1;
            while (leftStart > 0 && Character.isLetter(t.charAt(leftStart - 1))) {
                leftStart--;
            }
            if (i - leftStart <= LONGEST_PART && right.length() <= LONGEST_PART
                    && dictionary.shouldJoin(t.substring(leftStart, i), right.toString())) {
                joined.set(i);
            }
            i = leftStart - 1;
        }
        t.removeMarked(joined);
    }
}
