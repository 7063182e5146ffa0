package org.w3id.dkg.app.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a SPARQL query or update body ({@code application/sparql-query},
 * {@code application/sparql-update}) in the charset its {@code Content-Type} declares, and
 * hands it on as UTF-8, which is all Fuseki reads: an update sent as UTF-16 or ISO-8859-1 is
 * run as written instead of being refused or decoded wrongly. An unknown charset is a 415
 * with a message. Runs after {@link RequestSizeLimit}, so the body it reads is bounded.
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
                || declared == null || declared.equalsIgnoreCase("UTF-8")) {
            chain.doFilter(request, response);
            return;
        }
        Charset charset;
        try {
            charset = Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            response.setStatus(415);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Unknown charset " + declared + " in Content-Type: " + type + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String text = new String(request.getInputStream().readAllBytes(), charset);
        chain.doFilter(new RequestSizeLimit.BufferedBody(request, text.getBytes(StandardCharsets.UTF_8),
                media + "; charset=UTF-8"), response);
    }
}
