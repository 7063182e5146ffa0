package org.w3id.dkg.loader.store;

import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.rdf.ReferenceGraphWriter;
import org.w3id.dkg.ontology.Iris;
import org.w3id.dkg.ontology.Ontology;

/**
 * Puts what every document graph refers to into the store: the ontology with its code
 * lists in {@code graph/ontology}, the registries and curated memberships in {@code graph/reference}. Both are
 * rewritten whole, so a store always carries the versions of the dkg that loaded it last.
 */
public final class ReferenceData {
    private ReferenceData() {}

    public static void install(DkgStore store, EntityRegistry registry) {
        store.replaceGraph(Iris.ONTOLOGY_GRAPH, Ontology.loadWithCodeLists());
        store.replaceGraph(Iris.REFERENCE_GRAPH, new ReferenceGraphWriter().write(registry));
    }
}
