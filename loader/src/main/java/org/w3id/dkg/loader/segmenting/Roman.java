package org.w3id.dkg.loader.segmenting;

/** Roman numerals of section headings, to tell {@code C.} the letter from {@code C.} the hundred. */
final class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {}

    static String format(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(SYMBOLS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }

    /** The value of a Roman numeral, or 0 if it is not one. */
    static int parse(String s) {
        int total = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < s.length(); k++) {
            while (s.startsWith(SYMBOLS[k], i)) {
                total += VALUES[k];
                i += SYMBOLS[k].length();
            }
        }
        return i == s.length() ? total : 0;
    }
}
