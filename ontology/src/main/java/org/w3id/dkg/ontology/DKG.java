package org.w3id.dkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the dkg ontology ({@code dkg.ttl}) as Jena constants, so that code and
 * ontology cannot drift apart silently: a test checks that every constant is declared.
 */
public final class DKG {
    public static final String NS = "https://w3id.org/dkg/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/dkg/ontology";

    // classes
    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource Group = resource("Group");
    public static final Resource Instrument = resource("Instrument");
    public static final Resource Document = resource("Document");
    public static final Resource Section = resource("Section");
    public static final Resource Paragraph = resource("Paragraph");
    public static final Resource Fact = resource("Fact");
    public static final Resource Reply = resource("Reply");
    public static final Resource Mention = resource("Mention");
    public static final Resource Membership = resource("Membership");
    public static final Resource Evidence = resource("Evidence");

    public static final Resource InstrumentAction = resource("InstrumentAction");
    public static final Resource Funding = resource("Funding");
    public static final Resource CBMActivity = resource("CBMActivity");
    public static final Resource Role = resource("Role");
    public static final Resource EventReport = resource("EventReport");
    public static final Resource Citation = resource("Citation");
    public static final Resource Event = resource("Event");

    // fact properties
    public static final Property evidence = property("evidence");
    public static final Property document = property("document");
    public static final Property respondent = property("respondent");
    public static final Property originalLanguage = property("originalLanguage");
    public static final Property entity = property("entity");
    public static final Property occurrences = property("occurrences");
    public static final Property surfaceForm = property("surfaceForm");
    public static final Property foundIn = property("foundIn");
    public static final Property definingQuote = property("definingQuote");

    // direct properties
    public static final Property repliedTo = property("repliedTo");
    public static final Property mentions = property("mentions");
    public static final Property memberOf = property("memberOf");
    public static final Property referenceSource = property("referenceSource");

    // evidence
    public static final Property paragraph = property("paragraph");
    public static final Property rule = property("rule");
    public static final Property confidence = property("confidence");

    // documents
    public static final Property symbol = property("symbol");
    public static final Property documentType = property("documentType");
    public static final Property normalisedText = property("normalisedText");
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property section = property("section");
    public static final Property number = property("number");
    public static final Property partOf = property("partOf");

    // entities
    public static final Property iso3 = property("iso3");
    public static final Property iso2 = property("iso2");
    public static final Property isoNumeric = property("isoNumeric");
    public static final Property m49 = property("m49");
    public static final Property region = property("region");
    public static final Property subregion = property("subregion");
    public static final Property kind = property("kind");

    // further qualifiers and direct properties
    public static final Property yieldsDirectProperty = property("yieldsDirectProperty");
    public static final Property actor = property("actor");
    public static final Property instrument = property("instrument");
    public static final Property action = property("action");
    public static final Property role = property("role");
    public static final Property body = property("body");
    public static final Property funder = property("funder");
    public static final Property beneficiary = property("beneficiary");
    public static final Property decision = property("decision");
    public static final Property purpose = property("purpose");
    public static final Property purposeText = property("purposeText");
    public static final Property amount = property("amount");
    public static final Property period = property("period");
    public static final Property duration = property("duration");
    public static final Property activityType = property("activityType");
    public static final Property counterpart = property("counterpart");
    public static final Property framework = property("framework");
    public static final Property place = property("place");
    public static final Property event = property("event");
    public static final Property organiser = property("organiser");
    public static final Property participant = property("participant");
    public static final Property citedSymbol = property("citedSymbol");
    public static final Property successor = property("successor");
    public static final Property amends = property("amends");
    public static final Property adoptionDate = property("adoptionDate");
    public static final Property entryIntoForceDate = property("entryIntoForceDate");
    public static final Property depositary = property("depositary");
    public static final Property instrumentKind = property("instrumentKind");
    public static final Property cbmCategory = property("cbmCategory");
    public static final Property group = property("group");
    public static final Property signed = property("signed");
    public static final Property ratified = property("ratified");
    public static final Property accededTo = property("accededTo");
    public static final Property partyTo = property("partyTo");
    public static final Property depositaryOf = property("depositaryOf");
    /** {@code dkg:implements} (a Java keyword, hence the underscore). */
    public static final Property implements_ = property("implements");
    public static final Property adopted = property("adopted");
    public static final Property reportedOn = property("reportedOn");
    public static final Property promotes = property("promotes");
    public static final Property funds = property("funds");
    public static final Property cbmWith = property("cbmWith");
    public static final Property chairs = property("chairs");
    public static final Property organised = property("organised");
    public static final Property hosted = property("hosted");
    public static final Property participatedIn = property("participatedIn");
    public static final Property cites = property("cites");

    private DKG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
