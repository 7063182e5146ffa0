package org.w3id.dkg.loader.family.role;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** Roles of actors in bodies, instruments and events: chair, member, organiser, host, depositary, participant. Runs after the event family, whose events it reads. */
public final class RoleFamily implements FactFamily<RoleFact> {
    private static final FactTable TABLE = new FactTable("ROLES", "roles.tsv", List.of("doc", "actor_key", "role", "body_key"), List.of());

    @Override
    public String id() {
        return "roles";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Class<RoleFact> factClass() {
        return RoleFact.class;
    }

    @Override
    public FactExtractor<RoleFact> extractor(ExtractionContext context) {
        return new RoleExtractor(context.language());
    }

    @Override
    public FactTable table() {
        return TABLE;
    }

    @Override
    public void write(FactGraph g, RoleFact f) {
        Resource actor = g.entity(f.actor());
        Resource body = g.entity(f.body());
        g.node().addProperty(RDF.type, DKG.Role)
                .addProperty(DKG.actor, actor)
                .addProperty(DKG.role, g.code("role-kind", f.role()))
                .addProperty(DKG.body, body);
        g.period(DKG.period, f.since(), f.until());
        Property p = g.direct("role-kind", f.role());
        if (p != null) actor.addProperty(p, body);
    }

    @Override
    public Map<String, String> row(RoleFact f) {
        return FactTable.row("actor_key", f.actor().key(), "role", f.role(), "body_key", f.body().key());
    }
}
