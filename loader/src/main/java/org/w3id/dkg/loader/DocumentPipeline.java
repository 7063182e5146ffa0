package org.w3id.dkg.loader;

import java.nio.file.Path;

/**
 * The whole path of one document from file to graph: read, normalise, segment,
 * recognise, link, extract, and map to RDF. Built once (the registries and the
 * name matcher are costly) and shared; it holds no per-document state.
 */
public final class DocumentPipeline {

    public static DocumentPipeline withDefaults() {
        return new DocumentPipeline();
    }

    /** Extracts the graph of one document; nothing is written anywhere. */
    public ExtractedDocument extract(Path file) throws BadDocumentException {
        throw new UnsupportedOperationException("pipeline is being assembled");
    }
}
