package org.w3id.dkg.app.cli;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a duration option the way the server's settings are written ({@code 120s}, {@code 2m},
 * {@code 500ms}, or ISO-8601 {@code PT2M}), so that {@code dkg load --max-document-time} and
 * {@code dkg.load.max-document-time} take the same values.
 */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        Duration d = DurationStyle.detectAndParse(value.trim());
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(value + ": not a positive duration");
        }
        return d;
    }
}
