package org.w3id.dkg.loader.segmenting;

/**
 * The part of a report that reproduces one respondent's reply: a heading naming a
 * State or organisation, followed by {@code [Original : espagnol]} and {@code [31 mai 2022]}.
 * The segmenter does not know who the respondent is; recognition links the heading.
 *
 * @param heading      the heading text as printed ({@code Espagne}, {@code Union européenne})
 * @param headingStart UTF-16 start of the heading in the normalised text
 * @param headingEnd   UTF-16 end of the heading
 * @param language     the language word as printed ({@code espagnol}), or empty
 * @param dateText     the date as printed ({@code 31 mai 2022}), or empty
 * @param headerEnd    end of the header lines (heading, language, date): the quote of a reply fact
 * @param start        start of the block (the heading)
 * @param end          end of the block (next reply, next section of higher level, or end of text)
 */
public record ReplyBlock(String heading, int headingStart, int headingEnd, String language, String dateText,
                         int headerEnd, int start, int end) implements Span {}
