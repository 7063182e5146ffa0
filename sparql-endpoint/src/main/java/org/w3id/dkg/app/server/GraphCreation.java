package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Graph Store {@code POST} to {@code /dkg/data} that names no graph ({@code ?graph=} or
 * {@code ?default}) creates one: the server mints its IRI
 * ({@code https://w3id.org/dkg/graph/posted/UUID}), stores the data in it and answers
 * {@code 201 Created} with the IRI in {@code Location} (Graph Store Protocol, section 5.5; W3C
 * test {@code post_get_new_graph}). Fuseki alone would add the data to the default graph and
 * answer 200, so the client could not tell where its data went.
 */
public final class GraphCreation extends OncePerRequestFilter {
    /** Where minted graph IRIs start. */
    public static final String POSTED = "https://w3id.org/dkg/graph/posted/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equalsIgnoreCase(request.getMethod()) || names(request.getQueryString()) || quads(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        String graph = POSTED + UUID.randomUUID();
        chain.doFilter(new NamedGraph(request, graph), new Created(response, graph));
    }

    /** Whether the body is a dataset (TriG, N-Quads …): its quads name their own graphs, so none is created. */
    private static boolean quads(String contentType) {
        if (contentType == null) return false;
        Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";", 2)[0].strip());
        return lang != null && RDFLanguages.isQuads(lang);
    }

    /** Whether the query string has {@code graph=} or {@code default}. */
    private static boolean names(String queryString) {
        if (queryString == null) {
            return false;
        }
        for (String pair : queryString.split("&")) {
            String name = pair.split("=", 2)[0];
            if (name.equals("graph") || name.equals("default")) {
                return true;
            }
        }
        return false;
    }

    /** The request as if it had been sent with {@code ?graph=IRI}. */
    private static final class NamedGraph extends HttpServletRequestWrapper {
        private final String graph;

        NamedGraph(HttpServletRequest request, String graph) {
            super(request);
            this.graph = graph;
        }

        @Override
        public String getQueryString() {
            String own = super.getQueryString();
            String param = "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
            return own == null || own.isEmpty() ? param : own + "&" + param;
        }

        @Override
        public String getParameter(String name) {
            return "graph".equals(name) ? graph : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return "graph".equals(name) ? new String[] {graph} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.put("graph", new String[] {graph});
            return Collections.unmodifiableMap(map);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /** The answer with a success turned into {@code 201 Created} and the graph's IRI as {@code Location}. */
    private static final class Created extends HttpServletResponseWrapper {
        private final String graph;

        Created(HttpServletResponse response, String graph) {
            super(response);
            this.graph = graph;
        }

        @Override
        public void setStatus(int status) {
            if (status / 100 == 2) { // Fuseki itself answers 201 for a graph it did not have, 200 or 204 otherwise
                super.setHeader("Location", graph);
                super.setStatus(SC_CREATED);
            } else {
                super.setStatus(status);
            }
        }
    }
}
