package org.w3id.dkg.loader.linking;

/**
 * A registry resource is malformed or contradicts itself (duplicate key, an alias naming two entities
 * without being marked ambiguous). Registries are data the loader trusts, so it refuses to start on them.
 */
public class RegistryFormatException extends RuntimeException {
    public RegistryFormatException(String message) {
        super(message);
    }

    public RegistryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
