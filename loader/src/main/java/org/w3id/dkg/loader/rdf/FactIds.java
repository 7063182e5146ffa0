package org.w3id.dkg.loader.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable fact identifiers: a hash of the document and of what identifies the fact in it,
 * so that loading the same input twice mints the same IRIs and a re-load replaces facts
 * instead of piling up new ones.
 */
public final class FactIds {
    private FactIds() {}

    /** The first 16 hex digits of SHA-256 over {@code docId|identity}. */
    public static String hash(String docId, String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((docId + "|" + identity).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
