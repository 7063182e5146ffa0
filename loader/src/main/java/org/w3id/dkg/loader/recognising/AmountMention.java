package org.w3id.dkg.loader.recognising;

import java.math.BigDecimal;
import org.w3id.dkg.loader.segmenting.Span;

/**
 * A sum of money named in the text ({@code 2,7 millions d’euros} → 2700000 EUR).
 *
 * @param value    the amount as a plain number
 * @param currency ISO 4217 code
 * @param hedge    the words that qualify it ({@code un peu plus de}), or empty
 */
public record AmountMention(int start, int end, BigDecimal value, String currency, String hedge) implements Span {}
