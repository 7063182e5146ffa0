package org.w3id.dkg.app.linkeddata;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Content negotiation for the linked-data pages: the {@code format=} parameter wins
 * (html, ttl, jsonld, nt, rdf), then the {@code Accept} header by quality; a request that
 * accepts anything gets Turtle, a browser (which names text/html) gets HTML.
 */
public enum RdfFormat {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY, "ttl"),
    JSONLD("application/ld+json", RDFFormat.JSONLD_PRETTY, "jsonld"),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES, "nt"),
    RDFXML("application/rdf+xml", RDFFormat.RDFXML_PRETTY, "rdf");

    private final String mediaType;
    private final RDFFormat jena;
    private final String shortName;

    RdfFormat(String mediaType, RDFFormat jena, String shortName) {
        this.mediaType = mediaType;
        this.jena = jena;
        this.shortName = shortName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Jena's writer format (null for HTML). */
    public RDFFormat jena() {
        return jena;
    }

    public Lang lang() {
        return jena == null ? null : jena.getLang();
    }

    /** The format asked for, or null when none of ours is acceptable (406). */
    public static RdfFormat choose(String accept, String format) {
        if (format != null && !format.isBlank()) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            for (RdfFormat r : values()) {
                if (r.shortName.equals(f) || r.mediaType.equals(f) || r.name().equalsIgnoreCase(f)) {
                    return r;
                }
            }
            return null;
        }
        if (accept == null || accept.isBlank()) {
            return TURTLE;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return TURTLE;
        }
        accepted = new java.util.ArrayList<>(accepted);
        accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparingInt(m -> m.isWildcardType() ? 2 : m.isWildcardSubtype() ? 1 : 0));
        for (MediaType wanted : accepted) {
            if (wanted.getQualityValue() <= 0) {
                continue;
            }
            if (wanted.isWildcardType()) {
                return TURTLE;
            }
            for (RdfFormat r : values()) {
                if (wanted.includes(MediaType.parseMediaType(r.mediaType))) {
                    return r;
                }
            }
            if ("application/json".equals(wanted.getType() + "/" + wanted.getSubtype())) {
                return JSONLD;
            }
        }
        return null;
    }
}
