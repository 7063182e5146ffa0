package org.w3id.dkg.loader.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.dkg.loader.extracting.CbmActivityFact;
import org.w3id.dkg.loader.extracting.CitationFact;
import org.w3id.dkg.loader.extracting.EventFact;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.extracting.FundingFact;
import org.w3id.dkg.loader.extracting.InstrumentActionFact;
import org.w3id.dkg.loader.extracting.MembershipFact;
import org.w3id.dkg.loader.extracting.MentionFact;
import org.w3id.dkg.loader.extracting.ReplyFact;
import org.w3id.dkg.loader.extracting.RoleFact;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;

/**
 * The qualifiers and the direct triple of each fact type (the fact node and its evidence
 * are written by {@link DocumentGraphWriter}). One method per type keeps each mapping
 * readable next to the ontology's definition of that class.
 */
final class FactTriples {
    private static final String SCHEMA = "https://schema.org/";
    private final DirectProperties direct = new DirectProperties();

    void write(Model model, Resource node, Fact fact, Resource document) {
        if (fact instanceof ReplyFact f) reply(model, node, f, document);
        else if (fact instanceof MentionFact f) mention(model, node, f, document);
        else if (fact instanceof InstrumentActionFact f) instrumentAction(model, node, f);
        else if (fact instanceof MembershipFact f) membership(model, node, f);
        else if (fact instanceof FundingFact f) funding(model, node, f);
        else if (fact instanceof CbmActivityFact f) cbmActivity(model, node, f);
        else if (fact instanceof RoleFact f) role(model, node, f);
        else if (fact instanceof EventFact f) event(model, node, f);
        else if (fact instanceof CitationFact f) citation(model, node, f, document);
        else throw new IllegalArgumentException("no RDF mapping for " + fact.getClass().getSimpleName());
    }

    private void reply(Model model, Resource node, ReplyFact reply, Resource document) {
        Resource respondent = EntityNodes.reference(model, reply.respondent());
        node.addProperty(RDF.type, DKG.Reply).addProperty(DKG.respondent, respondent);
        date(model, node, DCTerms.date, reply.date());
        if (!reply.language().isEmpty()) node.addProperty(DKG.originalLanguage, reply.language());
        respondent.addProperty(DKG.repliedTo, document);
    }

    private void mention(Model model, Resource node, MentionFact mention, Resource document) {
        Resource entity = EntityNodes.reference(model, mention.entity());
        node.addProperty(RDF.type, DKG.Mention)
                .addProperty(DKG.entity, entity)
                .addProperty(DKG.surfaceForm, mention.surface())
                .addLiteral(DKG.occurrences, (long) mention.occurrences());
        document.addProperty(DKG.mentions, entity);
    }

    private void instrumentAction(Model model, Resource node, InstrumentActionFact f) {
        Resource actor = EntityNodes.reference(model, f.actor());
        Resource instrument = EntityNodes.reference(model, f.instrument());
        node.addProperty(RDF.type, DKG.InstrumentAction)
                .addProperty(DKG.actor, actor)
                .addProperty(DKG.instrument, instrument)
                .addProperty(DKG.action, model.createResource(Iris.code("action-kind", f.action())));
        date(model, node, DCTerms.date, f.date());
        Property p = direct.of("action-kind", f.action());
        if (p != null) actor.addProperty(p, instrument);
    }

    private void membership(Model model, Resource node, MembershipFact f) {
        Resource member = EntityNodes.reference(model, f.member());
        Resource org = EntityNodes.reference(model, f.organisation());
        node.addProperty(RDF.type, DKG.Membership).addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, member).addProperty(ORG.organization, org);
        Periods.add(model, node, ORG.memberDuring, f.since(), f.until());
        member.addProperty(DKG.memberOf, org);
    }

    private void funding(Model model, Resource node, FundingFact f) {
        node.addProperty(RDF.type, DKG.Funding);
        Resource funder = f.funder() == null ? null : EntityNodes.reference(model, f.funder());
        if (funder != null) node.addProperty(DKG.funder, funder);
        if (f.decision() != null) {
            Resource decision = EntityNodes.reference(model, f.decision());
            node.addProperty(DKG.decision, decision);
            date(model, decision, DKG.adoptionDate, f.decisionDate());
        }
        if (f.beneficiary() != null) {
            Resource beneficiary = EntityNodes.reference(model, f.beneficiary());
            node.addProperty(DKG.beneficiary, beneficiary);
            if (funder != null) funder.addProperty(DKG.funds, beneficiary);
        }
        if (f.purpose() != null) node.addProperty(DKG.purpose, EntityNodes.reference(model, f.purpose()));
        if (f.amount() != null) {
            Resource amount = model.createResource(node.getURI() + "#amount")
                    .addProperty(RDF.type, model.createResource(SCHEMA + "MonetaryAmount"))
                    .addLiteral(model.createProperty(SCHEMA + "value"), f.amount())
                    .addProperty(model.createProperty(SCHEMA + "currency"), f.currency());
            node.addProperty(DKG.amount, amount);
        }
        Periods.add(model, node, DKG.period, f.since(), f.until());
        if (!f.duration().isEmpty()) node.addProperty(DKG.duration, model.createTypedLiteral(f.duration(),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDduration));
    }

    private void cbmActivity(Model model, Resource node, CbmActivityFact f) {
        Resource actor = EntityNodes.reference(model, f.actor());
        node.addProperty(RDF.type, DKG.CBMActivity)
                .addProperty(DKG.actor, actor)
                .addProperty(DKG.activityType, model.createResource(Iris.code("cbm-activity-type", f.activityType())));
        for (Entity counterpart : f.counterparts()) {
            Resource c = EntityNodes.reference(model, counterpart);
            node.addProperty(DKG.counterpart, c);
            actor.addProperty(DKG.cbmWith, c);
        }
        if (f.framework() != null) node.addProperty(DKG.framework, EntityNodes.reference(model, f.framework()));
        date(model, node, DCTerms.date, f.date());
        if (!f.place().isEmpty()) node.addProperty(DKG.place, f.place());
    }

    private void role(Model model, Resource node, RoleFact f) {
        Resource actor = EntityNodes.reference(model, f.actor());
        Resource body = EntityNodes.reference(model, f.body());
        node.addProperty(RDF.type, DKG.Role)
                .addProperty(DKG.actor, actor)
                .addProperty(DKG.role, model.createResource(Iris.code("role-kind", f.role())))
                .addProperty(DKG.body, body);
        Periods.add(model, node, DKG.period, f.since(), f.until());
        Property p = direct.of("role-kind", f.role());
        if (p != null) actor.addProperty(p, body);
    }

    private void event(Model model, Resource node, EventFact f) {
        Resource event = EntityNodes.reference(model, f.event());
        node.addProperty(RDF.type, DKG.EventReport).addProperty(DKG.event, event);
        Property startDate = model.createProperty(SCHEMA + "startDate"), endDate = model.createProperty(SCHEMA + "endDate");
        date(model, node, startDate, f.start());
        date(model, node, endDate, f.end());
        if (!f.place().isEmpty()) node.addProperty(DKG.place, f.place());
        for (Entity organiser : f.organisers()) {
            Resource o = EntityNodes.reference(model, organiser);
            node.addProperty(DKG.organiser, o);
            o.addProperty(DKG.organised, event);
        }
        for (Entity participant : f.participants()) {
            Resource p = EntityNodes.reference(model, participant);
            node.addProperty(DKG.participant, p);
            p.addProperty(DKG.participatedIn, event);
        }
        if (!f.event().labelFr().isEmpty()) event.addProperty(RDFS.label, f.event().labelFr(), "fr");
    }

    private void citation(Model model, Resource node, CitationFact f, Resource document) {
        node.addProperty(RDF.type, DKG.Citation).addProperty(DKG.citedSymbol, f.symbol());
        document.addProperty(DKG.cites, model.createResource("https://undocs.org/" + f.symbol()));
    }

    private static void date(Model model, Resource node, Property p, String iso) {
        if (iso != null && !iso.isEmpty()) node.addProperty(p, IsoDates.literal(model, iso));
    }
}
