package org.w3id.dkg.app.store;

import org.apache.jena.shared.PrefixMapping;

/** The IRIs the application needs to know, and the prefixes it abbreviates them with. */
public final class Vocab {
    public static final String BASE = "https://w3id.org/dkg/";
    public static final String ONTOLOGY = BASE + "ontology#";
    public static final String EVIDENCE = ONTOLOGY + "evidence";
    public static final String DOCUMENT_GRAPH_PREFIX = BASE + "graph/document/";

    /** Prefixes for printing: the standard ones plus dkg's. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("dkg", ONTOLOGY)
            .setNsPrefix("dkgid", BASE + "id/")
            .setNsPrefix("dkgg", BASE + "graph/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
            .setNsPrefix("schema", "https://schema.org/")
            .lock();

    private Vocab() {}
}
