package org.w3id.dkg.loader.rdf;

import org.w3id.dkg.loader.extracting.Fact;

/**
 * How facts become RDF, supplied to the {@link DocumentGraphWriter} by whoever knows the fact
 * families (the pipeline), so that this package knows no fact type.
 */
@FunctionalInterface
public interface FactMapping {
    /** Writes the type, qualifiers and direct triple of {@code fact} into {@code graph}. */
    void write(FactGraph graph, Fact fact);
}
