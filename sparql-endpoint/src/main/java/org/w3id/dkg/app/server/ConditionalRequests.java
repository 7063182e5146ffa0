package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP caching for every read: pages, linked-data RDF, VoID, dumps and SPARQL query answers.
 *
 * <p>An answer is a function of the store's version, the request's URL and the headers it
 * varies on ({@code Accept}), so its validator is computed before the answer is: the
 * {@code ETag} is a hash of the {@link StoreVersion} token, the path, the query string and the
 * {@code Accept} header, and {@code Last-Modified} is the time of the last write. A request
 * whose {@code If-None-Match} (or {@code If-Modified-Since}) still holds gets {@code 304} without
 * running anything — a cheap revalidation even of an expensive query. Successful answers may be
 * kept for a short {@code max-age} ({@code dkg.cache.max-age}); error answers are not cached.
 *
 * <p>A request that is not a read ({@link ReadOnlyRequests}) may change the store: the version
 * changes before it runs and again after it ends.
 */
public final class ConditionalRequests extends OncePerRequestFilter {
    private final StoreVersion version;
    private final ReadOnlyRequests reads = new ReadOnlyRequests();
    private final String cacheControl;

    public ConditionalRequests(StoreVersion version, Duration maxAge) {
        this.version = version;
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!reads.matches(request)) {
            version.changed();
            try {
                chain.doFilter(request, response);
            } finally {
                version.changed();
            }
            return;
        }
        if (!("GET".equals(method) || "HEAD".equals(method)) || uncached(request)) {
            chain.doFilter(request, response);
            return;
        }
        String etag = "\"" + hash(version.token(), request.getRequestURI(), request.getQueryString(), request.getHeader("Accept")) + "\"";
        long lastModified = version.modified().toEpochMilli();
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", etag);
            response.setDateHeader("Last-Modified", lastModified);
            response.setHeader("Cache-Control", cacheControl);
            response.setHeader("Vary", "Accept");
            return;
        }
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", cacheControl);
        chain.doFilter(request, new ErrorsUncached(response));
    }

    private static boolean uncached(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/health") || path.startsWith("/actuator");
    }

    private static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.trim();
                if (c.startsWith("W/")) {
                    c = c.substring(2);
                }
                if (c.equals("*") || c.equals(etag)) {
                    return true;
                }
            }
            return false; // If-None-Match wins over If-Modified-Since (RFC 9110, 13.1.3)
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified / 1000 <= since / 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update((p == null ? "\u0000" : p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Drops the validators and the max-age when the answer turns out to be an error. While the
     * answer is a success, keeps this filter's {@code Cache-Control}: Fuseki marks every query
     * answer {@code no-store}, which the validator computed here makes unnecessary.
     */
    private static final class ErrorsUncached extends HttpServletResponseWrapper {
        private boolean error;

        ErrorsUncached(HttpServletResponse response) {
            super(response);
        }

        private static boolean cacheHeader(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!error && cacheHeader(name)) {
                return;
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!error && cacheHeader(name)) {
                return;
            }
            super.addHeader(name, value);
        }

        private void uncache(int status) {
            if (status >= 300 && !error) {
                error = true;
                setHeader("ETag", null);
                setHeader("Last-Modified", null);
                setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void setStatus(int sc) {
            uncache(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            uncache(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            uncache(sc);
            super.sendError(sc, msg);
        }
    }
}
