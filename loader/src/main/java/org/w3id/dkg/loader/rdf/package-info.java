/**
 * RDF writing: a document's named graph (the document, its text, sections and paragraphs, each fact as a node with Web Annotation evidence) and the reference graph of the registries. Each fact family maps its own facts through {@link org.w3id.dkg.loader.rdf.FactGraph}; this package knows no fact type.
 */
package org.w3id.dkg.loader.rdf;
