package org.w3id.dkg.loader.family.funding;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** Funding decisions and financial contributions: funder, decision, amount (schema.org MonetaryAmount), beneficiary, purpose, period. */
public final class FundingFamily implements FactFamily<FundingFact> {
    private static final FactTable TABLE = new FactTable("FUNDING", "funding.tsv", List.of("doc", "funder_key", "instrument_key", "beneficiary_key"), List.of("decision_date", "amount", "currency", "purpose_key"));

    @Override
    public String id() {
        return "funding";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Class<FundingFact> factClass() {
        return FundingFact.class;
    }

    @Override
    public FactExtractor<FundingFact> extractor(ExtractionContext context) {
        return new FundingExtractor(context.language(), context.registry());
    }

    @Override
    public FactTable table() {
        return TABLE;
    }

    @Override
    public void write(FactGraph g, FundingFact f) {
        Resource node = g.node().addProperty(RDF.type, DKG.Funding);
        Resource funder = f.funder() == null ? null : g.entity(f.funder());
        if (funder != null) node.addProperty(DKG.funder, funder);
        if (f.decision() != null) {
            Resource decision = g.entity(f.decision());
            node.addProperty(DKG.decision, decision);
            g.date(decision, DKG.adoptionDate, f.decisionDate());
        }
        if (f.beneficiary() != null) {
            Resource beneficiary = g.entity(f.beneficiary());
            node.addProperty(DKG.beneficiary, beneficiary);
            if (funder != null) funder.addProperty(DKG.funds, beneficiary);
        }
        if (f.purpose() != null) node.addProperty(DKG.purpose, g.entity(f.purpose()));
        if (f.amount() != null) {
            Resource amount = g.model().createResource(node.getURI() + "#amount")
                    .addProperty(RDF.type, g.model().createResource(FactGraph.SCHEMA + "MonetaryAmount"))
                    .addLiteral(g.schema("value"), f.amount())
                    .addProperty(g.schema("currency"), f.currency());
            node.addProperty(DKG.amount, amount);
        }
        g.period(DKG.period, f.since(), f.until());
        if (!f.duration().isEmpty()) node.addProperty(DKG.duration, g.model().createTypedLiteral(f.duration(), XSDDatatype.XSDduration));
    }

    @Override
    public Map<String, String> row(FundingFact f) {
        return FactTable.row("funder_key", key(f.funder()), "instrument_key", key(f.decision()), "decision_date", f.decisionDate(),
                "amount", f.amount() == null ? "" : f.amount().toPlainString(), "currency", f.currency(),
                "beneficiary_key", key(f.beneficiary()), "purpose_key", key(f.purpose()));
    }

    private static String key(Entity e) {
        return e == null ? "" : e.key();
    }
}
