package org.w3id.dkg.loader.reading;

import java.util.List;
import java.util.Optional;

/**
 * What the reading stage hands to the segmenter: the normalised text, the blocks
 * (paragraph boundaries and layout hints) the normaliser found while it still saw
 * source lines, and the page furniture it removed (of which the document symbol is
 * metadata the extractor needs).
 *
 * @param text              the normalised text with its offsets back to the source
 * @param blocks            the blocks in text order, separated by {@code "\n\n"}
 * @param furniture         page furniture removed from the flow, in source order
 * @param dialect           how the source was converted from PDF
 * @param typicalLineLength a high percentile of the source's line lengths (0 for Markdown), to tell short lines
 */
public record NormalisedDocument(NormalisedText text, List<Block> blocks, List<Furniture> furniture,
                                 Dialect dialect, int typicalLineLength) {

    /** The two kinds of PDF conversion met so far. */
    public enum Dialect {
        /** plain text lines as laid out on the page */
        PLAIN,
        /** Markdown-like: {@code ##} headings, {@code **bold**}, {@code <sup>} footnote marks */
        MARKDOWN
    }

    /** A line of page furniture (symbol, job number, page number, symbol note). */
    public record Furniture(Type type, String text, int sourceOffset) {
        public enum Type { SYMBOL, JOB_NUMBER, PAGE_NUMBER, SYMBOL_NOTE }
    }

    /** The UN document symbol printed as page furniture, if any (e.g. {@code A/67/131}). */
    public Optional<String> symbol() {
        return furniture.stream().filter(f -> f.type() == Furniture.Type.SYMBOL).map(Furniture::text).findFirst();
    }

    public String docId() {
        return text.docId();
    }

    /** The text of a block. */
    public String textOf(Block block) {
        return text.text().substring(block.start(), block.end());
    }
}
