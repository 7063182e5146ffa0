package org.w3id.dkg.loader;

import java.util.List;

/**
 * What a load did: the documents now in the store, the files that were skipped and why,
 * and the number of triples written.
 */
public record LoadReport(List<String> loaded, List<BadDocumentException> failures, long triples) {
    public boolean ok() {
        return failures.isEmpty();
    }
}
