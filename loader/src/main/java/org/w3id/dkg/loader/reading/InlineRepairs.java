package org.w3id.dkg.loader.reading;

/**
 * Repairs inside one block of text, after its lines are joined: white space, the
 * {@code soixante -dix} artefact (a space before a hyphen inside a compound) and
 * words split by a space. Each repair only deletes or replaces chars of an
 * {@link OffsetText}, so offsets to the source survive.
 */
final class InlineRepairs {
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
        for (int i = t.length() - 3; i >= 1; i--) {
            if (t.charAt(i) == ' ' && t.charAt(i + 1) == '-'
                    && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i + 2))) {
                t.delete(i, i + 1);
            }
        }
    }

    private void joinSplitWords(OffsetText t) {
        int i = t.length() - 1;
        while (i > 0) {
            // find the space between two letter runs, scanning backwards
            if (t.charAt(i) != ' ' || !Character.isLetter(t.charAt(i - 1))
                    || i + 1 >= t.length() || !Character.isLetter(t.charAt(i + 1))) {
                i--;
                continue;
            }
            int rightEnd = i + 1;
            while (rightEnd < t.length() && Character.isLetter(t.charAt(rightEnd))) {
                rightEnd++;
            }
            int leftStart = i - 1;
            while (leftStart > 0 && Character.isLetter(t.charAt(leftStart - 1))) {
                leftStart--;
            }
            String text = t.toString();
            String left = text.substring(leftStart, i);
            String right = text.substring(i + 1, rightEnd);
            if (dictionary.shouldJoin(left, right)) {
                t.delete(i, i + 1);
            }
            i = leftStart - 1;
        }
    }
}
