/**
 * The loader turns a report into the named graph of its facts: {@code reading} (bytes to
 * normalised text), {@code segmenting} (sections, replies, paragraphs), {@code recognising}
 * and {@code linking} (names to registry entities), {@code extracting} (facts with evidence),
 * {@code rdf} (facts to triples) and {@code store} (TDB2, one transaction per document).
 */
package org.w3id.dkg.loader;
