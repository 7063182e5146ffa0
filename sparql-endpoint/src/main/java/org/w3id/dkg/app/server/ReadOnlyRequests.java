package org.w3id.dkg.app.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Recognises requests that only read: GET, HEAD and OPTIONS anywhere, and POST of a
 * SPARQL query (a form with {@code query=}, or an {@code application/sparql-query} body)
 * to a query endpoint. Anything else — an update, a Graph Store write, a POST elsewhere —
 * is not a read, and Spring Security refuses it.
 */
final class ReadOnlyRequests implements RequestMatcher {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> QUERY_ENDPOINTS = Set.of("/dkg", "/dkg/", "/dkg/sparql", "/dkg/query");

    @Override
    public boolean matches(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (SAFE.contains(method)) {
            return true;
        }
        if (!"POST".equals(method) || !QUERY_ENDPOINTS.contains(path(request))) {
            return false;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query")) {
            return request.getParameter("update") == null;
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return request.getParameter("query") != null && request.getParameter("update") == null;
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
