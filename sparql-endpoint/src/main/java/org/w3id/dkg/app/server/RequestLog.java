package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request (logger {@code dkg.http}): method, path, status, milliseconds.
 * The query string is left out on purpose: queries are long and may hold what a user
 * typed; the path and the status say what an operator needs.
 */
public final class RequestLog extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger("dkg.http");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long t0 = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            LOG.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
