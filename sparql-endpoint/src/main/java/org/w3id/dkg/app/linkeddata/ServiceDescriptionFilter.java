package org.w3id.dkg.app.linkeddata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.riot.RDFWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /dkg/sparql} (or {@code /dkg/query}, {@code /dkg}) without a query: the SPARQL
 * Service Description (with the VoID description), in the RDF syntax the client asks for, as
 * SPARQL 1.1 Service Description says an endpoint should. A browser asking for HTML is sent
 * to the workbench at {@code /} instead. Any request with parameters (a query, or a Graph
 * Store read such as {@code /dkg?default}) goes on to Fuseki.
 */
public final class ServiceDescriptionFilter extends OncePerRequestFilter {
    public static final Set<String> PATHS = Set.of("/dkg", "/dkg/", "/dkg/sparql", "/dkg/query");
    private final Descriptions descriptions;

    public ServiceDescriptionFilter(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        String query = request.getQueryString();
        boolean onlyFormat = query == null || query.isEmpty() || query.matches("format=[A-Za-z0-9%+/._-]*");
        if (!("GET".equals(method) || "HEAD".equals(method)) || !onlyFormat) {
            chain.doFilter(request, response);
            return;
        }
        RdfFormat chosen = RdfFormat.choose(request.getHeader("Accept"), request.getParameter("format"));
        response.setHeader("Vary", "Accept");
        if (chosen == RdfFormat.HTML) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/");
            return;
        }
        if (chosen == null) {
            chosen = RdfFormat.TURTLE;
        }
        response.setContentType(chosen.mediaType() + ";charset=UTF-8");
        if ("HEAD".equals(method)) {
            return;
        }
        var graph = VoidController.copy(descriptions.current());
        graph.getPrefixMapping().setNsPrefixes(descriptions.current());
        RDFWriter.source(graph).format(chosen.jena()).output(response.getOutputStream());
    }
}
