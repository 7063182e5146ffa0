package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code dkg.query.max-concurrent} SPARQL requests run at once on the query and
 * update endpoints, and makes the others wait their turn rather than refusing them: a
 * dashboard that sends sixteen queries at once gets sixteen answers. The wait is part of the
 * query's time: a request still waiting when its timeout is over, or one that finds the queue
 * full ({@code dkg.query.max-queued}), is answered {@code 503} with {@code Retry-After}.
 * One client (one remote address) may hold at most all slots but one and half the queue, so a
 * client sending expensive queries in a loop cannot keep everyone else out
 * ({@link AdmissionQueue}). The arrival time is kept in the request ({@link #ARRIVED}) so that
 * the query processor counts the hard deadline from it.
 */
public final class QueryAdmission extends OncePerRequestFilter {
    /** Request attribute: the {@link System#nanoTime()} at which the request reached the gate. */
    public static final String ARRIVED = QueryAdmission.class.getName() + ".arrived";
    private static final Logger LOG = LoggerFactory.getLogger("dkg.query");
    static final String RETRY_AFTER_SECONDS = "5";
    private final AdmissionQueue queue;
    private final Duration maxWait;

    public QueryAdmission(AdmissionQueue queue, Duration maxWait) {
        this.queue = queue;
        this.maxWait = maxWait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ARRIVED, System.nanoTime());
        String client = request.getRemoteAddr();
        AdmissionQueue.Outcome outcome;
        try {
            outcome = queue.enter(client, maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = AdmissionQueue.Outcome.WAITED_TOO_LONG;
        }
        if (outcome != AdmissionQueue.Outcome.ADMITTED) {
            refuse(response, outcome);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            queue.leave(client);
        }
    }

    private void refuse(HttpServletResponse response, AdmissionQueue.Outcome outcome) throws IOException {
        String why = switch (outcome) {
            case QUEUE_FULL -> "Too many queries waiting (" + queue.capacity() + " queued behind " + queue.slots()
                    + " running)";
            case CLIENT_QUEUE_FULL -> "Too many of your queries waiting at once (at most " + queue.perClientQueued() + ")";
            default -> "The query waited " + maxWait.toSeconds() + " s for one of the " + queue.slots()
                    + " query slots (its timeout)";
        };
        LOG.warn("query refused: {}", why);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((why + "; retry in " + RETRY_AFTER_SECONDS + " s.\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Free slots now (for tests and health). */
    public int available() {
        return queue.available();
    }
}
