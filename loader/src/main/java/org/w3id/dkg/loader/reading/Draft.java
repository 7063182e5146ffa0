package org.w3id.dkg.loader.reading;

import java.util.ArrayList;
import java.util.List;

/** A block being assembled from source lines. */
final class Draft {
    final Block.Kind kind;
    final int markupLevel;
    final OffsetText text = new OffsetText();
    final List<PendingLink> links = new ArrayList<>();
    int lineCount;
    int maxLineLength;
    String lastLine = "";

    /** A link removed while this block was open; {@code anchor} is the source index of the char before it, or -1. */
    record PendingLink(String url, int sourceOffset, int anchor) {}

    Draft(Block.Kind kind, int markupLevel) {
        this.kind = kind;
        this.markupLevel = markupLevel;
    }

    /**
     * Appends a trimmed line. Lines are joined by one space, except a line ending with
     * a hyphen that follows a letter or digit ({@code elle-} / {@code même}): that is a
     * compound cut at its hyphen, joined without space; a space before such a hyphen
     * ({@code l’État -} / {@code major}) is an artefact and goes too.
     */
    void appendLine(OffsetText line, int breakSourceIndex, int visibleLength) {
        lineCount++;
        maxLineLength = Math.max(maxLineLength, visibleLength);
        lastLine = line.toString();
        if (line.isEmpty()) {
            return;
        }
        int n = text.length();
        if (n == 0) {
            text.append(line);
            return;
        }
        boolean nextIsWord = Character.isLetterOrDigit(line.charAt(0));
        if (nextIsWord && n >= 2 && text.charAt(n - 1) == '-') {
            char before = text.charAt(n - 2);
            if (Character.isLetterOrDigit(before)) {
                text.append(line);
                return;
            }
            if (before == ' ' && n >= 3 && Character.isLetterOrDigit(text.charAt(n - 3))) {
                text.delete(n - 2, n - 1);
                text.append(line);
                return;
            }
        }
        text.append(' ', breakSourceIndex);
        text.append(line);
    }

    /** Where a link removed while this block was open falls in the (repaired) text. */
    int positionOf(PendingLink link) {
        if (link.anchor() < 0) {
            return 0;
        }
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.offsetAt(i) == link.anchor()) {
                return i + 1;
            }
        }
        for (int i = text.length() - 1; i >= 0; i--) {
            if (text.offsetAt(i) < link.anchor()) {
                return i + 1;
            }
        }
        return 0;
    }

    void addLink(String url, int sourceOffset) {
        links.add(new PendingLink(url, sourceOffset, text.isEmpty() ? -1 : text.offsetAt(text.length() - 1)));
    }
}
