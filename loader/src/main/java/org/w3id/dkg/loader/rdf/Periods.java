package org.w3id.dkg.loader.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.ontology.TIME;

/**
 * Periods as OWL-Time intervals whose ends keep the precision the source gives: a year
 * ({@code 1986}) stays a {@code xsd:gYear}, a month a {@code xsd:gYearMonth}, a day a
 * {@code xsd:date}. The nodes are fragments of the fact's IRI, never blank nodes.
 */
public final class Periods {
    private Periods() {}

    /** Adds {@code fact property <fact#period>} with the given ends (either may be empty). */
    public static void add(Model model, Resource fact, Property property, String since, String until) {
        if (since.isEmpty() && until.isEmpty()) return;
        Resource interval = model.createResource(fact.getURI() + "#period").addProperty(RDF.type, TIME.Interval);
        if (!since.isEmpty()) interval.addProperty(TIME.hasBeginning, instant(model, fact.getURI() + "#begin", since));
        if (!until.isEmpty()) interval.addProperty(TIME.hasEnd, instant(model, fact.getURI() + "#end", until));
        fact.addProperty(property, interval);
    }

    private static Resource instant(Model model, String iri, String isoDate) {
        Property precision = switch (isoDate.length()) {
            case 4 -> TIME.inXSDgYear;
            case 7 -> TIME.inXSDgYearMonth;
            default -> TIME.inXSDDate;
        };
        return model.createResource(iri).addProperty(RDF.type, TIME.Instant)
                .addProperty(precision, IsoDates.literal(model, isoDate));
    }
}
