package org.w3id.dkg.loader.rdf;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;
import org.w3id.dkg.ontology.Ontology;

/**
 * Which direct triple an action or a role yields, read from the code lists
 * ({@code dkg:yieldsDirectProperty} on each concept), so that the mapping lives in the
 * ontology and not in Java.
 */
public final class DirectProperties {
    private final Map<String, Property> byConcept = new HashMap<>();

    public DirectProperties() {
        Model codes = Ontology.loadWithCodeLists();
        codes.listStatements(null, DKG.yieldsDirectProperty, (Resource) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getSubject().getURI().startsWith(Iris.BASE + "code/")) {
                byConcept.put(st.getSubject().getURI(), codes.createProperty(st.getResource().getURI()));
            }
        });
    }

    /** The direct property of a concept of {@code scheme}, or {@code null} when it yields none. */
    public Property of(String scheme, String notation) {
        return byConcept.get(Iris.code(scheme, notation));
    }
}
