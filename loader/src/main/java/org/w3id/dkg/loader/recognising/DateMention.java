package org.w3id.dkg.loader.recognising;

import org.w3id.dkg.loader.segmenting.Span;

/**
 * A date or period named in the text, read into ISO 8601 with the precision the text
 * gives: {@code 2013-06-03}, {@code 2021-10}, {@code 2021}.
 *
 * @param start     UTF-16 start in the normalised text
 * @param end       UTF-16 end
 * @param begin     the first day, month or year covered
 * @param last      the last one covered ({@code begin} for a single date; empty for an open period)
 * @param qualifier {@code on} (a point), {@code since} (open period), {@code range} (closed period)
 */
public record DateMention(int start, int end, String begin, String last, String qualifier) implements Span {
    public boolean isRange() {
        return !begin.equals(last);
    }
}
