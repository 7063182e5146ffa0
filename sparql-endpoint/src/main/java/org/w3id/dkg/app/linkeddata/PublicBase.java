package org.w3id.dkg.app.linkeddata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The public base URL of this deployment ({@code dkg.public-url}, e.g.
 * {@code https://dkg.example.org}): where VoID, the service description and the
 * {@code Link} headers say the endpoint, the dumps and the pages are. It is configuration,
 * never read from a request: a {@code Host} header is chosen by the client, and an answer
 * built from it could be cached and served to others with the client's address in it. Unset,
 * it is {@code http://localhost:PORT}, the address a server on this machine really has.
 */
@Component
public class PublicBase {
    private final String configured;
    private final Environment environment;

    public PublicBase(@Value("${dkg.public-url:}") String url, Environment environment) {
        this.configured = url == null || url.isBlank() ? null : check(url.strip());
        this.environment = environment;
    }

    /** The base URL, without a trailing slash. */
    public String url() {
        if (configured != null) {
            return configured;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "3030"));
    }

    /** The public URL of a path of this server ({@code /dkg/sparql}). */
    public String of(String path) {
        return url() + path;
    }

    static String check(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new IllegalArgumentException("dkg.public-url must be an http(s) URL without query or fragment, "
                        + "e.g. https://dkg.example.org; got: " + url);
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("dkg.public-url is not a URL: " + url + " (" + e.getMessage() + ")", e);
        }
    }
}
