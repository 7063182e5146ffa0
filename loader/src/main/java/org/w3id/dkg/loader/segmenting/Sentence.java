package org.w3id.dkg.loader.segmenting;

/** A sentence of a paragraph: the unit patterns are matched on. */
public record Sentence(int start, int end) implements Span {}
