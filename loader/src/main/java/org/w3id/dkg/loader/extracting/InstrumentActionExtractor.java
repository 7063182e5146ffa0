package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;

/**
 * Signatures, ratifications, accessions, party status, depositaries, implementation,
 * adoption, national reports and promotion of instruments, by the rules of
 * {@code instrument-actions.tsv}. A rule names the action in its {@code action} column;
 * its groups are {@code actor} (one or a list; the respondent when the rule has none and
 * the sentence is in a reply), {@code instrument} (one or a list; the nearest instrument
 * named before the match when absent) and {@code date}. One fact per actor and instrument.
 */
public final class InstrumentActionExtractor extends PatternExtractor<InstrumentActionFact> {
    public InstrumentActionExtractor() {
        super("/dkg/extracting/instrument-actions.tsv");
    }

    @Override
    protected List<InstrumentActionFact> build(PatternMatch match) {
        List<Entity> actors = match.entities("actor");
        if (actors.isEmpty()) actors = match.respondent().map(List::of).orElse(List.of());
        List<Entity> instruments = match.entities("instrument").stream()
                .filter(e -> e.kind() == EntityKind.INSTRUMENT).toList();
        if (instruments.isEmpty()) instruments = match.precedingInstrument().map(List::of).orElse(List.of());
        String date = match.date("date").or(() -> match.date("date2")).map(d -> d.begin()).orElse("");
        String action = match.rule().get("action");
        List<InstrumentActionFact> facts = new ArrayList<>();
        for (Entity actor : actors) {
            if (actor.kind() == EntityKind.INSTRUMENT) continue;
            for (Entity instrument : instruments) {
                facts.add(new InstrumentActionFact(actor, instrument, action, date, match.evidence()));
            }
        }
        return facts;
    }
}
