package org.w3id.dkg.loader.reading;

import java.util.Arrays;
import java.util.List;

/**
 * The text of a document once the artefacts of PDF extraction are gone, with the
 * way back to the source: every fact quotes this text, and a reader who doubts a
 * quote can find it in the file it came from.
 *
 * <p>Offsets used inside the loader are Java {@code String} indices (UTF-16 units).
 * What is published in RDF counts Unicode code points, as the Web Annotation
 * {@code TextPositionSelector} requires; {@link #codePointOffset(int)} converts, in time
 * logarithmic in the number of surrogate pairs (counting code points from the start for each
 * fact made loading quadratic in the length of a document).
 *
 * @param docId         the document identifier: the source file name without extension
 * @param text          the normalised text; paragraphs are separated by a blank line
 * @param sourceOffsets for each char of {@code text}, the index of the char in the source
 *                      it stands for (length {@code text.length() + 1}: the last entry
 *                      maps the end of the text)
 * @param links         link lines removed from the flow of the text, kept as evidence
 */
public final class NormalisedText {
    private final String docId;
    private final String text;
    private final int[] sourceOffsets;
    private final List<Link> links;
    /** The UTF-16 index of the low half of each surrogate pair, in order. */
    private final int[] lowSurrogates;

    /** A link line of the source (e.g. {@code https://undocs.org/fr/A/RES/76/43}). */
    public record Link(String url, int sourceOffset, int textOffset) {}

    public NormalisedText(String docId, String text, int[] sourceOffsets, List<Link> links) {
        this.docId = docId;
        this.text = text;
        this.sourceOffsets = sourceOffsets;
        this.links = links;
        int[] lows = new int[16];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == lows.length) {
                    lows = Arrays.copyOf(lows, n * 2);
                }
                lows[n++] = i;
            }
        }
        this.lowSurrogates = Arrays.copyOf(lows, n);
    }

    public String docId() {
        return docId;
    }

    public String text() {
        return text;
    }

    public int[] sourceOffsets() {
        return sourceOffsets;
    }

    public List<Link> links() {
        return links;
    }

    /** The code-point offset of a UTF-16 index into {@link #text()}: the index less the pairs wholly before it. */
    public int codePointOffset(int utf16Index) {
        int at = Arrays.binarySearch(lowSurrogates, utf16Index);
        int pairsBefore = at >= 0 ? at : -at - 1; // low halves at indices < utf16Index
        return utf16Index - pairsBefore;
    }

    /** The source offset of a UTF-16 index into {@link #text()}. */
    public int sourceOffset(int utf16Index) {
        return sourceOffsets[utf16Index];
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
