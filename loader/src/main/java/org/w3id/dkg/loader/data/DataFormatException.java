package org.w3id.dkg.loader.data;

/**
 * A registry resource is malformed or contradicts itself (duplicate key, an alias naming two entities
 * without being marked ambiguous). Registries are data the loader trusts, so it refuses to start on them.
 */
public class DataFormatException extends RuntimeException {
    public DataFormatException(String message) {
        super(message);
    }

    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
