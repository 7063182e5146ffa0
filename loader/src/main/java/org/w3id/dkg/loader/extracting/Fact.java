package org.w3id.dkg.loader.extracting;

/**
 * Something a document states, with its evidence. Each kind is a record of its own, in the
 * package of its fact family ({@code org.w3id.dkg.loader.family.*}), which maps it to its class of
 * the ontology. (Not sealed: a sealed interface of the unnamed module must list its kinds in its own
 * package, and families are plug-ins in packages of their own.)
 */
public interface Fact {
    Evidence evidence();

    /** The parts that identify the fact within its document, for a stable IRI. */
    String identity();
}
