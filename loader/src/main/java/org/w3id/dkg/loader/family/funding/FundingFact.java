package org.w3id.dkg.loader.family.funding;

import java.math.BigDecimal;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * A funder finances a beneficiary through a decision or a contribution. Any part the text
 * does not state is {@code null} (entities, amount) or empty (strings).
 *
 * @param decision     the funding decision (an instrument such as EU_DECISION_2019_2108)
 * @param decisionDate ISO date of the decision
 * @param currency     ISO 4217 code of {@code amount}
 * @param purpose      the instrument whose implementation is funded
 * @param since        first year or date of the funded period
 * @param until        last year or date of the funded period
 * @param duration     ISO 8601 duration when the text gives one without dates ({@code P3Y})
 */
public record FundingFact(Entity funder, Entity decision, String decisionDate, BigDecimal amount, String currency,
                          Entity beneficiary, Entity purpose, String since, String until, String duration,
                          Evidence evidence) implements Fact {
    @Override
    public String identity() {
        return "funding|" + key(funder) + "|" + key(decision) + "|" + key(beneficiary) + "|" + key(purpose) + "|"
                + (amount == null ? "" : amount.toPlainString());
    }

    private static String key(Entity e) {
        return e == null ? "" : e.key();
    }
}
