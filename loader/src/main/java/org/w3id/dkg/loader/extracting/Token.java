package org.w3id.dkg.loader.extracting;

import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.recognising.AmountMention;
import org.w3id.dkg.loader.recognising.DateMention;
import org.w3id.dkg.loader.segmenting.Span;

/**
 * A recognised thing inside a sentence, as patterns see it: {@code ⟦S3⟧} is the
 * fourth token, a State. Letters: S State, O organisation, I instrument, G group,
 * R the respondent (a subject such as "Elle" in a reply), D date, A amount.
 *
 * @param type   the letter
 * @param start  UTF-16 start in the normalised text
 * @param end    UTF-16 end
 * @param entity for S, O, I, G and R
 * @param date   for D
 * @param amount for A
 */
public record Token(char type, int start, int end, Entity entity, DateMention date, AmountMention amount)
        implements Span {}
