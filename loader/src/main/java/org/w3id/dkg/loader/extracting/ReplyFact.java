package org.w3id.dkg.loader.extracting;

import org.w3id.dkg.loader.linking.Entity;

/**
 * A State or organisation answered the request a report gives account of.
 *
 * @param respondent who replied
 * @param date       ISO date of the reply, or empty
 * @param language   ISO 639-1 code of the original language, or empty
 */
public record ReplyFact(Entity respondent, String date, String language, Evidence evidence) implements Fact {
    @Override
    public String identity() {
        return "reply|" + respondent.kind() + "|" + respondent.key();
    }
}
