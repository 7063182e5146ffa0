package org.w3id.dkg.loader.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;

/** ISO dates as typed literals that keep the precision of the text: {@code xsd:gYear}, {@code xsd:gYearMonth} or {@code xsd:date}. */
public final class IsoDates {
    private IsoDates() {}

    public static Literal literal(Model model, String iso) {
        return switch (iso.length()) {
            case 4 -> model.createTypedLiteral(iso, XSDDatatype.XSDgYear);
            case 7 -> model.createTypedLiteral(iso, XSDDatatype.XSDgYearMonth);
            default -> model.createTypedLiteral(iso, XSDDatatype.XSDdate);
        };
    }
}
