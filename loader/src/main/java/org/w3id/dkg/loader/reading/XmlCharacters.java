package org.w3id.dkg.loader.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters that XML 1.0 cannot carry — NUL and the other C0 controls except tab, line feed
 * and carriage return, and U+FFFE, U+FFFF — found in a text and replaced by spaces. Stored,
 * such a character makes every SPARQL XML answer that holds it unparseable and puts raw control
 * characters into HTML pages; a PDF extraction leaves them behind (form feeds, NULs). A space
 * keeps the text's length, so every offset into it stays true.
 */
final class XmlCharacters {
    /** How many offsets a report lists before it says "and N more". */
    private static final int LISTED = 5;

    private XmlCharacters() {}

    /** The text with each illegal character replaced by a space, and where they were. */
    static Cleaned clean(String text) {
        char[] chars = null;
        List<Integer> offsets = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!allowed(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
                if (count++ < LISTED) {
                    offsets.add(i);
                }
            }
        }
        return new Cleaned(chars == null ? text : new String(chars), count, offsets, text);
    }

    /** Whether XML 1.0 allows {@code c} (surrogates are allowed: strict UTF-8 decoding only makes pairs). */
    static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD);
    }

    /** A cleaned text; {@code count} characters were replaced, the first ones at {@code firstOffsets}. */
    record Cleaned(String text, int count, List<Integer> firstOffsets, String original) {
        /** "2 characters XML 1.0 cannot carry (U+0000 at char offset 12, U+000C at char offset 40) replaced by spaces". */
        String describe() {
            List<String> where = new ArrayList<>();
            for (int offset : firstOffsets) {
                where.add(String.format("U+%04X at char offset %d", (int) original.charAt(offset), offset));
            }
            String more = count > firstOffsets.size() ? ", and " + (count - firstOffsets.size()) + " more" : "";
            return count + " character(s) XML 1.0 cannot carry (" + String.join(", ", where) + more + ") replaced by spaces";
        }
    }
}
