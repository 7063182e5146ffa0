package org.w3id.dkg.queries;

import java.util.Arrays;
import java.util.Locale;

/** The output formats of {@code dkg query}; see {@link ResultFormats}. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    /**
     * The format named {@code name}, case-insensitively.
     *
     * @throws IllegalArgumentException listing the known formats
     */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (known: "
                    + String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()) + ")");
        }
    }
}
