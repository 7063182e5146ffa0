package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the SPARQL requests that no login could make right — a method the endpoint does
 * not have (405 with {@code Allow}), a POST without a media type (400) or with one the
 * protocol does not define (415) — before Spring Security asks for credentials. A client
 * that sends {@code PUT /dkg/sparql} or {@code POST text/plain} learns what is wrong, not
 * that it should log in (SPARQL 1.1 Protocol, sections 2.1 and 2.2).
 */
public final class MalformedRequests extends OncePerRequestFilter {
    private static final Set<String> QUERY_ENDPOINTS = Set.of("/dkg", "/dkg/", "/dkg/sparql", "/dkg/query");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String QUERY = "application/sparql-query";
    private static final String UPDATE = "application/sparql-update";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean update = path.equals("/dkg/update");
        if (!update && !QUERY_ENDPOINTS.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        Set<String> allowed = update ? Set.of("POST", "OPTIONS") : Set.of("GET", "HEAD", "POST", "OPTIONS");
        if (!allowed.contains(method)) {
            response.setHeader("Allow", String.join(", ", update ? new String[] {"POST", "OPTIONS"}
                    : new String[] {"GET", "HEAD", "POST", "OPTIONS"}));
            answer(response, 405, method + " is not a method of " + path + " (SPARQL 1.1 Protocol: "
                    + (update ? "POST" : "GET or POST") + ").");
            return;
        }
        if ("POST".equals(method)) {
            String type = request.getContentType();
            if (type == null || type.isBlank()) {
                answer(response, 400, "A POST to " + path + " needs a Content-Type: " + FORM + " or "
                        + (update ? UPDATE : QUERY) + ".");
                return;
            }
            String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            // sparql-update on a query endpoint is left to Fuseki and the login: it is a write, not a malformed read
            if (!media.equals(FORM) && !media.equals(QUERY) && !media.equals(UPDATE)) {
                answer(response, 415, "Unsupported media type " + media + " for " + path + ": send " + FORM + " or "
                        + (update ? UPDATE : QUERY) + ".");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
