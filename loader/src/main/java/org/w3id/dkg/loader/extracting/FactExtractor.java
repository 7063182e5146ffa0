package org.w3id.dkg.loader.extracting;

import java.util.List;

/**
 * Reads one family of facts from an analysed document. Implementations are stateless and
 * thread-safe: what one family needs of another (roles read events) comes in {@code before}, the
 * facts the families earlier in the pipeline found in the same document.
 *
 * @param <F> the family's fact record
 */
@FunctionalInterface
public interface FactExtractor<F extends Fact> {
    List<F> extract(DocumentAnalysis doc, FactsSoFar before);
}
