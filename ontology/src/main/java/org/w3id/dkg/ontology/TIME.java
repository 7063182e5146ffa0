package org.w3id.dkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The OWL-Time terms dkg uses for the periods of facts (Jena ships no constants for them). */
public final class TIME {
    public static final String NS = "http://www.w3.org/2006/time#";
    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
    public static final Property hasBeginning = ResourceFactory.createProperty(NS + "hasBeginning");
    public static final Property hasEnd = ResourceFactory.createProperty(NS + "hasEnd");
    public static final Property inXSDDate = ResourceFactory.createProperty(NS + "inXSDDate");
    public static final Property inXSDgYearMonth = ResourceFactory.createProperty(NS + "inXSDgYearMonth");
    public static final Property inXSDgYear = ResourceFactory.createProperty(NS + "inXSDgYear");

    private TIME() {}
}
