package org.w3id.dkg.loader.extracting;

import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.recognising.AmountMention;
import org.w3id.dkg.loader.recognising.DateMention;
import org.w3id.dkg.loader.segmenting.Span;

/**
 * A recognised thing inside a sentence, as patterns see it: {@code ⟦S3⟧} is the
 * fourth token, a State (the letters are those of {@link TokenKind}).
 *
 * @param kind   what the token stands for
 * @param start  UTF-16 start in the normalised text
 * @param end    UTF-16 end
 * @param entity for States, organisations, instruments, groups and the respondent
 * @param date   for dates
 * @param amount for amounts
 */
public record Token(TokenKind kind, int start, int end, Entity entity, DateMention date, AmountMention amount)
        implements Span {
    /** Whether the token is of {@code k}. */
    public boolean is(TokenKind k) {
        return kind == k;
    }
}
