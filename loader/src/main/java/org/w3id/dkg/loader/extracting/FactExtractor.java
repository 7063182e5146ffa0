package org.w3id.dkg.loader.extracting;

import java.util.List;

/** One family of facts read from an analysed document. Implementations are stateless and thread-safe. */
public interface FactExtractor {
    List<? extends Fact> extract(DocumentAnalysis doc);
}
