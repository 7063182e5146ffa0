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

    // fact properties
    public static final Property evidence = property("evidence");
    public static final Property document = property("document");
    public static final Property respondent = property("respondent");
    public static final Property originalLanguage = property("originalLanguage");
    public static final Property entity = property("entity");
    public static final Property occurrences = property("occurrences");
    public static final Property surfaceForm = property("surfaceForm");

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

    private DKG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
