package org.w3id.dkg.loader.reading;

import java.nio.file.Path;

/**
 * A report as it was read from disk, before any normalisation.
 *
 * @param docId  the file name without its extension; the key of the document everywhere
 * @param path   where it was read from, for error messages
 * @param raw    the full text: decoded from UTF-8, or extracted from a PDF or an HTML page
 * @param format the media type of the file as it was read ({@code text/plain}, {@code application/pdf},
 *               {@code text/html}), for the document's provenance
 * @param sha256 the SHA-256 of the file's bytes in lower-case hex, so the original can be recognised;
 *               empty when the text did not come from a file
 */
public record SourceDocument(String docId, Path path, String raw, String format, String sha256) {
    /** A plain-text document that did not come from a file's bytes (tests, generated text). */
    public SourceDocument(String docId, Path path, String raw) {
        this(docId, path, raw, SourceFormat.TEXT.mediaType(), "");
    }
}
