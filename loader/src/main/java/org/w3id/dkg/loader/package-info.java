/**
 * The loader turns a document into the named graph of its facts: {@code reading} (bytes to
 * normalised text), {@code language} (which pack reads it, from its own words), {@code segmenting}
 * (sections, replies, paragraphs), {@code recognising} and {@code linking} (names to registry
 * entities), {@code extracting} with the fact families of {@code family.*} (facts with evidence),
 * {@code rdf} (facts to triples) and {@code store} (TDB2, one transaction per document). Fact
 * families and languages are plug-ins found by {@link java.util.ServiceLoader}.
 */
package org.w3id.dkg.loader;
