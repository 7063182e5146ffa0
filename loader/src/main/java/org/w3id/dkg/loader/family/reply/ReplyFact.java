package org.w3id.dkg.loader.family.reply;

import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * A State or organisation answered the request a report gives account of.
 *
 * @param respondent who replied
 * @param date       ISO date of the reply, or empty
 * @param language   ISO 639-1 code of the original language, or empty
 * @param nth        1 for the respondent's first reply in the document, 2 for its second, ...: a report
 *                   that answers two resolutions (or prints a later, complementary reply) may reproduce
 *                   two replies of one State, and each is a fact of its own
 */
public record ReplyFact(Entity respondent, String date, String language, Evidence evidence, int nth) implements Fact {
    public ReplyFact {
        if (nth < 1) throw new IllegalArgumentException("nth counts from 1: " + nth);
    }

    /** The respondent's first (usually only) reply in the document. */
    public ReplyFact(Entity respondent, String date, String language, Evidence evidence) {
        this(respondent, date, language, evidence, 1);
    }

    /** The first reply keeps the identity replies always had, so a reload of a store mints the same IRIs. */
    @Override
    public String identity() {
        String first = "reply|" + respondent.kind() + "|" + respondent.key();
        return nth == 1 ? first : first + "|" + nth;
    }
}
