package org.w3id.dkg.loader.reading;

/**
 * One paragraph-like unit of the normalised text, as the normaliser saw it in the
 * source lines. The normaliser is the only stage that sees lines (indentation, page
 * breaks, Markdown markers it removes), so it hands the segmenter these layout
 * facts instead of letting it guess them again from the flattened text.
 *
 * @param kind          what the layout says the block is
 * @param start         UTF-16 start in the normalised text
 * @param end           UTF-16 end (exclusive); the block never contains a line break
 * @param lineCount     how many source lines were joined into it
 * @param maxLineLength the length of its longest source line (trimmed), to tell short headings
 * @param markupLevel   for {@link Kind#MARKUP_HEADING}: the number of {@code #}, or 0 for a bold line
 */
public record Block(Kind kind, int start, int end, int lineCount, int maxLineLength, int markupLevel) {

    public enum Kind {
        /** running text; the segmenter decides whether it is a heading, a numbered paragraph... */
        TEXT,
        /** a bullet item whose bullet marker was markup and is gone from the text */
        LIST_ITEM,
        /** a heading marked up as such ({@code ## Title}, a whole bold line) */
        MARKUP_HEADING,
        /** a footnote, moved after the paragraph its page interrupted; starts with its printed number */
        FOOTNOTE
    }
}
