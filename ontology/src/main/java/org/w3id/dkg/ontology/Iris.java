package org.w3id.dkg.ontology;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The identifiers of design.md in one place: every IRI dkg mints is built here, so that
 * the loader, the server and the queries agree on them.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/dkg/";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String REFERENCE_GRAPH = GRAPH + "reference";
    public static final String DOCUMENT_GRAPH_PREFIX = GRAPH + "document/";

    private Iris() {}

    /** {@code id/{kindPath}/{key}}, e.g. {@code id/state/ESP}. */
    public static String entity(String kindPath, String key) {
        return ID + kindPath + "/" + encode(key);
    }

    public static String document(String docId) {
        return ID + "document/" + encode(docId);
    }

    public static String documentGraph(String docId) {
        return DOCUMENT_GRAPH_PREFIX + encode(docId);
    }

    public static String paragraph(String docId, String paragraphId) {
        return document(docId) + "/paragraph/" + encode(paragraphId);
    }

    public static String section(String docId, String sectionId) {
        return document(docId) + "/section/" + encode(sectionId);
    }

    public static String fact(String hash) {
        return ID + "fact/" + hash;
    }

    public static String code(String scheme, String notation) {
        return BASE + "code/" + scheme + "/" + encode(notation);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
