package org.w3id.dkg.loader.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.reading.SourceDocument;
import org.w3id.dkg.ontology.Iris;

/**
 * Records where a document's text came from: the file's media type ({@code dcterms:format},
 * e.g. {@code application/pdf}) and the SHA-256 of its bytes (an SPDX checksum), so that a
 * reader holding a PDF or a saved HTML page can tell whether it is the one the facts quote —
 * the quotes are into the extracted text, not into the original's bytes.
 */
public final class SourceProvenance {
    static final String SPDX = "http://spdx.org/rdf/terms#";

    private SourceProvenance() {}

    /** Adds the format and checksum of {@code source} to the document {@code docId} in {@code model}. */
    public static void write(Model model, String docId, SourceDocument source) {
        Resource document = model.createResource(Iris.document(docId));
        document.addProperty(DCTerms.format, source.format());
        if (!source.sha256().isEmpty()) {
            Resource checksum = model.createResource(Iris.document(docId) + "#source-checksum")
                    .addProperty(RDF.type, model.createResource(SPDX + "Checksum"))
                    .addProperty(p(model, "algorithm"), model.createResource(SPDX + "checksumAlgorithm_sha256"))
                    .addProperty(p(model, "checksumValue"), source.sha256());
            document.addProperty(p(model, "checksum"), checksum);
        }
    }

    private static Property p(Model model, String local) {
        return model.createProperty(SPDX + local);
    }
}
