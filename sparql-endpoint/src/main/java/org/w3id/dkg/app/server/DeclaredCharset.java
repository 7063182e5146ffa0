package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a SPARQL query or update body ({@code application/sparql-query},
 * {@code application/sparql-update}) whose {@code Content-Type} declares a charset other than
 * UTF-8, with 415 and a message saying to send UTF-8, before any login question. The SPARQL 1.1
 * Protocol (sections 2.1.3 and 2.2.2) makes UTF-8 the only valid charset of these bodies, and the
 * W3C suite's {@code bad_query_non_utf8} and {@code bad_update_non_utf8} expect a 4xx: an update
 * in UTF-16 or ISO-8859-1 must neither run as garbage nor answer 204 without running. US-ASCII,
 * a subset of UTF-8, is accepted.
 */
public final class DeclaredCharset extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        String declared = request.getCharacterEncoding();
        if (!"POST".equalsIgnoreCase(request.getMethod())
                || !(media.equals("application/sparql-query") || media.equals("application/sparql-update"))
                || declared == null || declared.equalsIgnoreCase("UTF-8") || declared.equalsIgnoreCase("US-ASCII")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(415);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("The charset " + declared + " of Content-Type: " + type + " is not allowed: a "
                + media + " body is UTF-8 (SPARQL 1.1 Protocol); send it as UTF-8.\n").getBytes(StandardCharsets.UTF_8));
    }
}
