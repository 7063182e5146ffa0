package org.w3id.dkg.loader.extracting;

/**
 * Something a document states, with its evidence. Each kind is a record of its own; the
 * RDF writer maps each to its fact class of the ontology.
 */
public sealed interface Fact permits ReplyFact, MentionFact, InstrumentActionFact, MembershipFact, FundingFact,
        CbmActivityFact, RoleFact, EventFact, CitationFact {
    Evidence evidence();

    /** The parts that identify the fact within its document, for a stable IRI. */
    String identity();
}
