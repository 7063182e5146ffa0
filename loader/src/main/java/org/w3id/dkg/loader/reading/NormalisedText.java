package org.w3id.dkg.loader.reading;

import java.util.List;

/**
 * The text of a document once the artefacts of PDF extraction are gone, with the
 * way back to the source: every fact quotes this text, and a reader who doubts a
 * quote can find it in the file it came from.
 *
 * <p>Offsets used inside the loader are Java {@code String} indices (UTF-16 units).
 * What is published in RDF counts Unicode code points, as the Web Annotation
 * {@code TextPositionSelector} requires; {@link #codePointOffset(int)} converts.
 *
 * @param docId         the document identifier: the source file name without extension
 * @param text          the normalised text; paragraphs are separated by a blank line
 * @param sourceOffsets for each char of {@code text}, the index of the char in the source
 *                      it stands for (length {@code text.length() + 1}: the last entry
 *                      maps the end of the text)
 * @param links         link lines removed from the flow of the text, kept as evidence
 */
public record NormalisedText(String docId, String text, int[] sourceOffsets, List<Link> links) {

    /** A link line of the source (e.g. {@code https://undocs.org/fr/A/RES/76/43}). */
    public record Link(String url, int sourceOffset, int textOffset) {}

    /** The code-point offset of a UTF-16 index into {@link #text()}. */
    public int codePointOffset(int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }

    /** The source offset of a UTF-16 index into {@link #text()}. */
    public int sourceOffset(int utf16Index) {
        return sourceOffsets[utf16Index];
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
