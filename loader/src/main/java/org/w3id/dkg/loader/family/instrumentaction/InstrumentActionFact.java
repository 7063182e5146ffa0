package org.w3id.dkg.loader.family.instrumentaction;

import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * An actor signed, ratified, acceded to, is party to, is depositary of, implements,
 * adopted, reported on or promotes an instrument.
 *
 * @param action one of the notations of the action-kind code list
 * @param date   ISO date with the precision the text gives, or empty
 */
public record InstrumentActionFact(Entity actor, Entity instrument, String action, String date, Evidence evidence)
        implements Fact {
    @Override
    public String identity() {
        return "action|" + actor.key() + "|" + instrument.key() + "|" + action;
    }
}
