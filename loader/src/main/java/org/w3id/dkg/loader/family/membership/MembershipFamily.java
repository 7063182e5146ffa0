package org.w3id.dkg.loader.family.membership;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** States' memberships of organisations and bodies, as W3C ORG memberships with their period. */
public final class MembershipFamily implements FactFamily<MembershipFact> {
    private static final FactTable TABLE = new FactTable("MEMBERSHIPS", "memberships.tsv", List.of("doc", "state_key", "org_key"), List.of("since", "until"));

    @Override
    public String id() {
        return "memberships";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Class<MembershipFact> factClass() {
        return MembershipFact.class;
    }

    @Override
    public FactExtractor<MembershipFact> extractor(ExtractionContext context) {
        return new MembershipExtractor(context.language());
    }

    @Override
    public FactTable table() {
        return TABLE;
    }

    @Override
    public void write(FactGraph g, MembershipFact f) {
        Resource member = g.entity(f.member());
        Resource org = g.entity(f.organisation());
        g.node().addProperty(RDF.type, DKG.Membership).addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, member).addProperty(ORG.organization, org);
        g.period(ORG.memberDuring, f.since(), f.until());
        member.addProperty(DKG.memberOf, org);
    }

    @Override
    public Map<String, String> row(MembershipFact f) {
        return FactTable.row("state_key", f.member().key(), "org_key", f.organisation().key(), "since", f.since(),
                "until", f.until());
    }
}
