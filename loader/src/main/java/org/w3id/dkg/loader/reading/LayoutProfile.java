package org.w3id.dkg.loader.reading;

import java.util.List;

/**
 * What the lines of one source say about its conversion: Markdown-like or plain,
 * double-spaced (every line followed by an empty line, so empty lines mean nothing
 * and a missing one means a page break) or not, and how long a full line is.
 */
record LayoutProfile(NormalisedDocument.Dialect dialect, boolean doubleSpaced, int typicalLineLength) {

    static LayoutProfile of(List<SourceLine> lines, LinePatterns patterns) {
        int markdown = 0;
        int empty = 0;
        int text = 0;
        int[] lengths = new int[lines.size()];
        for (SourceLine line : lines) {
            if (line.isEmpty()) {
                empty++;
            } else if (!line.isBlank() && !patterns.link.matcher(line.text()).matches()) {
                lengths[text++] = line.trimmed().length();
                if (patterns.mdDetect.matcher(line.text()).matches()) {
                    markdown++;
                }
            }
        }
        if (markdown >= 2) {
            return new LayoutProfile(NormalisedDocument.Dialect.MARKDOWN, false, 0);
        }
        int[] sorted = java.util.Arrays.copyOf(lengths, text);
        java.util.Arrays.sort(sorted);
        int typical = text == 0 ? 0 : sorted[Math.min(text - 1, (int) (text * patterns.typicalPercentile))];
        boolean doubleSpaced = text > 0 && empty >= patterns.doubleSpacedRatio * text;
        return new LayoutProfile(NormalisedDocument.Dialect.PLAIN, doubleSpaced, typical);
    }
}
