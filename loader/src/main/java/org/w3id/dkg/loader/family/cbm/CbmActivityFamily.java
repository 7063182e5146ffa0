package org.w3id.dkg.loader.family.cbm;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** Confidence-building activities carried out: inspections, evaluation visits, observation flights, exchanges, dialogues ... */
public final class CbmActivityFamily implements FactFamily<CbmActivityFact> {
    private static final FactTable TABLE = new FactTable("CBM_ACTIVITIES", "cbm_activities.tsv", List.of("doc", "actor_key", "activity_type", "counterpart_keys"), List.of("framework_key", "date"));

    @Override
    public String id() {
        return "cbm-activities";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Class<CbmActivityFact> factClass() {
        return CbmActivityFact.class;
    }

    @Override
    public FactExtractor<CbmActivityFact> extractor(ExtractionContext context) {
        return new CbmActivityExtractor(context.language());
    }

    @Override
    public FactTable table() {
        return TABLE;
    }

    @Override
    public void write(FactGraph g, CbmActivityFact f) {
        Resource node = g.node();
        Resource actor = g.entity(f.actor());
        node.addProperty(RDF.type, DKG.CBMActivity)
                .addProperty(DKG.actor, actor)
                .addProperty(DKG.activityType, g.code("cbm-activity-type", f.activityType()));
        for (Entity counterpart : f.counterparts()) {
            Resource c = g.entity(counterpart);
            node.addProperty(DKG.counterpart, c);
            actor.addProperty(DKG.cbmWith, c);
        }
        if (f.framework() != null) node.addProperty(DKG.framework, g.entity(f.framework()));
        g.date(node, DCTerms.date, f.date());
        if (!f.place().isEmpty()) node.addProperty(DKG.place, f.place());
    }

    @Override
    public Map<String, String> row(CbmActivityFact f) {
        return FactTable.row("actor_key", f.actor().key(), "activity_type", f.activityType(),
                "counterpart_keys", f.counterparts().stream().map(Entity::key).sorted().collect(Collectors.joining(" ")),
                "framework_key", f.framework() == null ? "" : f.framework().key(), "date", f.date(), "place", f.place());
    }
}
