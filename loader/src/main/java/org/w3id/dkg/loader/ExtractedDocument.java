package org.w3id.dkg.loader;

import org.apache.jena.rdf.model.Model;

/**
 * Everything the loader learnt from one document, ready to be written as its named graph.
 *
 * @param docId    the document identifier
 * @param graphIri {@code https://w3id.org/dkg/graph/document/{docId}}
 * @param model    the triples of that graph
 */
public record ExtractedDocument(String docId, String graphIri, Model model) {}
