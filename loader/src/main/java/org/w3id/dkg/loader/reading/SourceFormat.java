package org.w3id.dkg.loader.reading;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of file a document may come in, told by the file's extension: plain text (and
 * Markdown), PDF, HTML. Each has its media type, recorded in the document's provenance.
 */
public enum SourceFormat {
    TEXT("text/plain", List.of(".txt", ".md")),
    PDF("application/pdf", List.of(".pdf")),
    HTML("text/html", List.of(".html", ".htm", ".xhtml"));

    private final String mediaType;
    private final List<String> extensions;

    SourceFormat(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of {@code file} by its extension; text when it has none of the known ones. */
    public static SourceFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
            if (f.extensions.stream().anyMatch(name::endsWith)) {
                return f;
            }
        }
        return TEXT;
    }

    /** Whether a folder's file is a document to load: one of the known extensions. */
    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(values()).anyMatch(f -> f.extensions.stream().anyMatch(name::endsWith));
    }
}
