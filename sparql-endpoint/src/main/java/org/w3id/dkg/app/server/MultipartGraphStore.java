package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a {@code multipart/form-data} Graph Store request's body for Fuseki, which reads the
 * parts itself (Commons FileUpload over the raw body). The servlet container parses multipart
 * bodies for Spring's {@code /api/load}, and would do so here as soon as anything asks for a
 * request parameter — consuming the body, so that Fuseki found no parts, stored nothing and
 * answered {@code 200 {"count": 0}}. For these requests parameters come from the query string
 * only ({@code ?graph=}, {@code ?default}), which is all the Graph Store Protocol defines, and
 * {@code getParts()} is refused, so the body reaches Fuseki whole.
 */
public final class MultipartGraphStore extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            QueryStringParameters own;
            try {
                own = new QueryStringParameters(request);
            } catch (IllegalArgumentException badEscape) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "the query string is not URL-encoded: " + badEscape.getMessage());
                return;
            }
            chain.doFilter(own, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request with its parameters read from the query string alone. */
    private static final class QueryStringParameters extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        QueryStringParameters(HttpServletRequest request) {
            super(request);
            this.parameters = Collections.unmodifiableMap(parse(request.getQueryString()));
        }

        private static Map<String, String[]> parse(String queryString) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            if (queryString != null && !queryString.isEmpty()) {
                for (String pair : queryString.split("&")) {
                    String[] nv = pair.split("=", 2);
                    values.computeIfAbsent(URLDecoder.decode(nv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                            .add(nv.length > 1 ? URLDecoder.decode(nv[1], StandardCharsets.UTF_8) : "");
                }
            }
            Map<String, String[]> map = new LinkedHashMap<>();
            values.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
            return map;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() throws ServletException {
            throw new ServletException("multipart Graph Store requests are read by Fuseki, not as servlet parts");
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) throws ServletException {
            throw new ServletException("multipart Graph Store requests are read by Fuseki, not as servlet parts");
        }
    }
}
