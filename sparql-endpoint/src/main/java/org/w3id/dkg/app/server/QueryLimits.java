package org.w3id.dkg.app.server;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What one SPARQL query may use: how long it runs ({@code dkg.query.timeout}), how many
 * rows or triples it answers ({@code dkg.query.max-rows}), how many run at once
 * ({@code dkg.query.max-concurrent}) and how long past its timeout a query is given to
 * stop before it is aborted ({@code dkg.query.abort-grace}). One bean, read by the
 * Fuseki set-up, the query processor and the admission filter, so the numbers agree.
 */
@Component
public class QueryLimits {
    private final Duration timeout;
    private final long maxRows;
    private final int maxConcurrent;
    private final Duration abortGrace;

    public QueryLimits(@Value("${dkg.query.timeout:30s}") Duration timeout,
            @Value("${dkg.query.max-rows:100000}") long maxRows,
            @Value("${dkg.query.max-concurrent:4}") int maxConcurrent,
            @Value("${dkg.query.abort-grace:1s}") Duration abortGrace) {
        if (timeout.isNegative() || timeout.isZero() || maxRows < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("dkg.query.timeout, max-rows and max-concurrent must be positive");
        }
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.maxConcurrent = maxConcurrent;
        this.abortGrace = abortGrace;
    }

    public Duration timeout() {
        return timeout;
    }

    public long maxRows() {
        return maxRows;
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** The hard deadline after the start of a query: its timeout plus the grace. */
    public Duration hardDeadline() {
        return timeout.plus(abortGrace);
    }
}
