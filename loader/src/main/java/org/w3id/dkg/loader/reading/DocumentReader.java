package org.w3id.dkg.loader.reading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dkg.loader.BadDocumentException;

/**
 * Reads a report from disk: a text file as strict UTF-8, a PDF through {@link PdfText}, an
 * HTML page through {@link HtmlText}, recording the format and the SHA-256 of the file's bytes. Strictness matters because every fact
 * quotes the text by offset: a silently replaced byte would make quotes that no
 * longer match their source. A file that cannot be decoded, is missing, is larger than
 * the size limit or holds nothing but white space is refused with a message naming the
 * file and the place. Characters XML 1.0 cannot carry (NUL, other control characters) are
 * replaced by spaces, with a warning naming the file and the offsets ({@link XmlCharacters}):
 * they are never stored.
 */
public final class DocumentReader {
    /** System property: the largest document read, e.g. {@code 32MB} (the default). */
    public static final String MAX_SIZE_PROPERTY = "dkg.load.max-document-size";
    private static final Logger LOG = LoggerFactory.getLogger("dkg.load");
    private final long maxBytes;

    /** A reader with the size limit of {@value #MAX_SIZE_PROPERTY} (default 32 MB). */
    public DocumentReader() {
        this(bytes(System.getProperty(MAX_SIZE_PROPERTY, "32MB")));
    }

    /** {@code 32MB}, {@code 500KB}, {@code 1GB} or a number of bytes. */
    static long bytes(String size) {
        String s = size.trim().toUpperCase(java.util.Locale.ROOT);
        long unit = 1;
        for (String[] u : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
            if (s.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                s = s.substring(0, s.length() - u[0].length()).trim();
                break;
            }
        }
        try {
            return Long.parseLong(s) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_SIZE_PROPERTY + ": not a size (such as 32MB): " + size);
        }
    }

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads {@code file}; the document identifier is its name without the last extension. */
    public SourceDocument read(Path file) throws BadDocumentException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadDocumentException(file, "is larger than the size limit (" + size + " bytes; at most "
                        + maxBytes + ", " + MAX_SIZE_PROPERTY + "); nothing of it was read");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadDocumentException(file, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        if (bytes.length == 0) {
            throw new BadDocumentException(file, "is empty (no text to read)");
        }
        SourceFormat format = SourceFormat.of(file);
        String raw = switch (format) {
            case PDF -> PdfText.extract(file, bytes);
            case HTML -> HtmlText.extract(file, bytes);
            case TEXT -> decode(file, bytes);
        };
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        if (raw.isBlank()) {
            throw new BadDocumentException(file, "is empty (no text to read)");
        }
        XmlCharacters.Cleaned cleaned = XmlCharacters.clean(raw);
        if (cleaned.count() > 0) {
            LOG.warn("{}: {}", file, cleaned.describe());
        }
        return new SourceDocument(docId(file), file, cleaned.text(), format.mediaType(), sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The document identifier of a file: its name without the last extension. */
    public static String docId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String decode(Path file, byte[] bytes) throws BadDocumentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadDocumentException(file, "is not valid UTF-8: malformed byte sequence at byte offset "
                    + in.position() + " (" + result.length() + " byte(s))");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new BadDocumentException(file, "is not valid UTF-8: truncated sequence at byte offset " + in.position());
        }
        out.flip();
        return out.toString();
    }

}
