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
import org.w3id.dkg.loader.BadDocumentException;

/**
 * Reads a report from disk as strict UTF-8. Strictness matters because every fact
 * quotes the text by offset: a silently replaced byte would make quotes that no
 * longer match their source. A file that cannot be decoded, is missing or holds
 * nothing but white space is refused with a message naming the file and the place.
 */
public final class DocumentReader {

    /** Reads {@code file}; the document identifier is its name without the last extension. */
    public SourceDocument read(Path file) throws BadDocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadDocumentException(file, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        String raw = decode(file, bytes);
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        if (raw.isBlank()) {
            throw new BadDocumentException(file, "is empty (no text to read)");
        }
        return new SourceDocument(docId(file), file, raw);
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
