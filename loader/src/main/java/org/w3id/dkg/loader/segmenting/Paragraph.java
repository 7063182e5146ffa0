package org.w3id.dkg.loader.segmenting;

/**
 * A block of running text: the unit a fact's evidence points to.
 *
 * @param id        stable within the document: {@code p} and the ordinal, e.g. {@code p12};
 *                  footnotes are {@code fn} and their printed number, e.g. {@code fn3}
 * @param ordinal   1-based position among the document's paragraphs
 * @param number    the printed paragraph number ({@code 12.}, {@code a)}) or empty
 * @param kind      what sort of block it is
 * @param sectionId the innermost section holding it, or empty before the first heading
 * @param start     UTF-16 start in the normalised text
 * @param end       UTF-16 end (exclusive)
 */
public record Paragraph(String id, int ordinal, String number, Kind kind, String sectionId, int start, int end)
        implements Span {

    public enum Kind { BODY, LIST_ITEM, HEADING, FOOTNOTE }
}
