package org.w3id.dkg.loader.extracting;

/**
 * Where in the normalised text a fact comes from, and how sure the rule that found it is.
 * Offsets are UTF-16 indices here; the RDF writer publishes them as code points.
 *
 * @param start       start of the quote in the normalised text
 * @param end         end of the quote (exclusive)
 * @param quote       the text at {@code [start, end)}, verbatim
 * @param paragraphId the paragraph holding the quote's start, or empty
 * @param rule        the identifier of the extraction rule
 * @param confidence  between 0 and 1
 */
public record Evidence(int start, int end, String quote, String paragraphId, String rule, double confidence) {}
