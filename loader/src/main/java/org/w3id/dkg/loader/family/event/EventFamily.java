package org.w3id.dkg.loader.family.event;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** Meetings, conferences, workshops and sessions reported, with dates, places, organisers and participants. */
public final class EventFamily implements FactFamily<EventFact> {
    private static final FactTable TABLE = new FactTable("EVENTS", "events.tsv", List.of("doc", "start"), List.of("end", "event_key"));

    @Override
    public String id() {
        return "events";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Class<EventFact> factClass() {
        return EventFact.class;
    }

    @Override
    public FactExtractor<EventFact> extractor(ExtractionContext context) {
        return new EventExtractor(context.language());
    }

    @Override
    public FactTable table() {
        return TABLE;
    }

    @Override
    public void write(FactGraph g, EventFact f) {
        Resource node = g.node();
        Resource event = g.entity(f.event());
        node.addProperty(RDF.type, DKG.EventReport).addProperty(DKG.event, event);
        g.date(node, g.schema("startDate"), f.start());
        g.date(node, g.schema("endDate"), f.end());
        if (!f.place().isEmpty()) node.addProperty(DKG.place, f.place());
        for (Entity organiser : f.organisers()) {
            Resource o = g.entity(organiser);
            node.addProperty(DKG.organiser, o);
            o.addProperty(DKG.organised, event);
        }
        for (Entity participant : f.participants()) {
            Resource p = g.entity(participant);
            node.addProperty(DKG.participant, p);
            p.addProperty(DKG.participatedIn, event);
        }
        if (!f.event().labelFr().isEmpty()) event.addProperty(RDFS.label, f.event().labelFr(), "fr");
    }

    /** Events are compared by document and start date: their keys are minted from the text. */
    @Override
    public Map<String, String> row(EventFact f) {
        return FactTable.row("event_key", f.event().key(), "start", f.start(), "end", f.end());
    }
}
