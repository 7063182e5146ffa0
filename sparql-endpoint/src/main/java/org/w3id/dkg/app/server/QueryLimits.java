package org.w3id.dkg.app.server;

import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.w3id.dkg.app.server.regex.BoundedRegexFunctions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Component;

/**
 * What one SPARQL query may use: how long it runs ({@code dkg.query.timeout}), how many
 * rows or triples it answers ({@code dkg.query.max-rows}), how many run at once
 * ({@code dkg.query.max-concurrent}), how many may wait for a slot ({@code dkg.query.max-queued}),
 * how long past its timeout a query is given to stop before it is aborted
 * ({@code dkg.query.abort-grace}) and how large a request may be ({@code dkg.query.max-request-size}). One bean, read by the
 * Fuseki set-up, the query processor and the admission filter, so the numbers agree.
 */
@Component
public class QueryLimits {
    private final Duration timeout;
    private final long maxRows;
    private final int maxConcurrent;
    private final Duration abortGrace;
    private final int maxQueued;
    private final DataSize maxRequestSize;

    public QueryLimits(@Value("${dkg.query.timeout:30s}") Duration timeout,
            @Value("${dkg.query.max-rows:100000}") long maxRows,
            @Value("${dkg.query.max-concurrent:4}") int maxConcurrent,
            @Value("${dkg.query.abort-grace:1s}") Duration abortGrace,
            @Value("${dkg.query.max-queued:64}") int maxQueued,
            @Value("${dkg.query.max-request-size:1MB}") DataSize maxRequestSize) {
        if (timeout.isNegative() || timeout.isZero() || maxRows < 1 || maxConcurrent < 1 || maxQueued < 0
                || maxRequestSize.toBytes() < 1) {
            throw new IllegalArgumentException("dkg.query.timeout, max-rows, max-concurrent and max-request-size must be "
                    + "positive, max-queued not negative");
        }
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.maxConcurrent = maxConcurrent;
        this.abortGrace = abortGrace;
        this.maxQueued = maxQueued;
        this.maxRequestSize = maxRequestSize;
    }

    public int maxQueued() {
        return maxQueued;
    }

    /** The largest SPARQL request (query string or body) the query and update endpoints read. */
    public DataSize maxRequestSize() {
        return maxRequestSize;
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

    /**
     * Sets these limits in the context of the served dataset: the timeout (a client's own
     * {@code timeout=} is capped by it), sorting and DISTINCT spilled to disk beyond the row cap
     * rather than held in memory, and the bounded REGEX and REPLACE.
     */
    public void applyTo(Context context) {
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.spillToDiskThreshold, maxRows);
        BoundedRegexFunctions.install(context);
    }

    /** The hard deadline after the start of a query: its timeout plus the grace. */
    public Duration hardDeadline() {
        return timeout.plus(abortGrace);
    }
}
