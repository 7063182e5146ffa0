package org.w3id.dkg.loader.family.instrumentaction;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** What actors do with instruments: signed, ratified, acceded, party, depositary, implements, adopted, submitted_report, promotes. */
public final class InstrumentActionFamily implements FactFamily<InstrumentActionFact> {
    private static final FactTable TABLE = new FactTable("INSTRUMENT_ACTIONS", "instrument_actions.tsv", List.of("doc", "actor_key", "instrument_key", "action"), List.of("date"));

    @Override
    public String id() {
        return "instrument-actions";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Class<InstrumentActionFact> factClass() {
        return InstrumentActionFact.class;
    }

    @Override
    public FactExtractor<InstrumentActionFact> extractor(ExtractionContext context) {
        return new InstrumentActionExtractor(context.language(), context.registry());
    }

    @Override
    public FactTable table() {
        return TABLE;
    }

    @Override
    public void write(FactGraph g, InstrumentActionFact f) {
        Resource actor = g.entity(f.actor());
        Resource instrument = g.entity(f.instrument());
        g.node().addProperty(RDF.type, DKG.InstrumentAction)
                .addProperty(DKG.actor, actor)
                .addProperty(DKG.instrument, instrument)
                .addProperty(DKG.action, g.code("action-kind", f.action()));
        g.date(g.node(), DCTerms.date, f.date());
        Property p = g.direct("action-kind", f.action());
        if (p != null) actor.addProperty(p, instrument);
    }

    @Override
    public Map<String, String> row(InstrumentActionFact f) {
        return FactTable.row("actor_key", f.actor().key(), "instrument_key", f.instrument().key(), "action", f.action(),
                "date", f.date());
    }
}
