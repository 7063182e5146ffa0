package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits at most {@code dkg.query.max-concurrent} SPARQL requests at a time to the query
 * and update endpoints. A request that finds every slot taken for half a second is told
 * {@code 503 Service Unavailable} with {@code Retry-After}: a few expensive queries cannot
 * take every thread and every core, and the pages, health and search stay responsive.
 * A query that ignores its timeout keeps its slot until the hard abort stops it.
 */
public final class QueryAdmission extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger("dkg.query");
    static final String RETRY_AFTER_SECONDS = "5";
    private final Semaphore slots;
    private final int size;

    public QueryAdmission(int maxConcurrent) {
        this.slots = new Semaphore(maxConcurrent, true);
        this.size = maxConcurrent;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = slots.tryAcquire(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            LOG.warn("query refused: {} queries already running", size);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Too many queries running at once (" + size
                    + "); retry in " + RETRY_AFTER_SECONDS + " s.\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    /** Free slots now (for tests and health). */
    public int available() {
        return slots.availablePermits();
    }
}
