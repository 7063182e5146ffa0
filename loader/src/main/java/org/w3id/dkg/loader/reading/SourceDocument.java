package org.w3id.dkg.loader.reading;

import java.nio.file.Path;

/**
 * A report as it was read from disk, before any normalisation.
 *
 * @param docId the file name without its extension; the key of the document everywhere
 * @param path  where it was read from, for error messages
 * @param raw   the full text as decoded from UTF-8
 */
public record SourceDocument(String docId, Path path, String raw) {}
