package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 for an update that names its dataset twice: {@code using-graph-uri} or
 * {@code using-named-graph-uri} in the request and {@code USING}, {@code USING NAMED} or
 * {@code WITH} in the update. The SPARQL 1.1 Protocol (section 2.2.3) makes that a client
 * error; Fuseki finds it only while running the update and answers 500, as if the server had
 * failed (W3C test {@code bad_update_dataset_conflict}). The body read here is bounded by
 * {@link RequestSizeLimit} and handed on unchanged; an update that does not parse is left to
 * Fuseki, which says where.
 */
public final class UpdateDatasetConflict extends OncePerRequestFilter {
    private static final String USING = "using-graph-uri";
    private static final String USING_NAMED = "using-named-graph-uri";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equalsIgnoreCase(request.getMethod()) || !namesDataset(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        HttpServletRequest next = request;
        String update;
        if (type.startsWith("application/sparql-update")) {
            byte[] body = request.getInputStream().readAllBytes();
            next = new RequestSizeLimit.BufferedBody(request, body);
            update = new String(body, StandardCharsets.UTF_8);
        } else {
            update = request.getParameter("update");
        }
        if (update != null && conflicts(update)) {
            response.setStatus(400);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("The request names the dataset with " + USING + " or " + USING_NAMED
                    + " and the update names it with USING, USING NAMED or WITH: give it in one place only"
                    + " (SPARQL 1.1 Protocol, 2.2.3).\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(next, response);
    }

    private static boolean namesDataset(String queryString) {
        if (queryString == null) {
            return false;
        }
        for (String pair : queryString.split("&")) {
            String name = pair.split("=", 2)[0];
            if (name.equals(USING) || name.equals(USING_NAMED)) {
                return true;
            }
        }
        return false;
    }

    private static boolean conflicts(String text) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, "http://server/unset-base/");
        } catch (QueryException e) {
            return false;
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateWithUsing w
                    && (w.getWithIRI() != null || !w.getUsing().isEmpty() || !w.getUsingNamed().isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
