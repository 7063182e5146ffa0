package org.w3id.dkg.app.linkeddata;

import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * The representations of a linked-data resource, and the choice between them: the
 * {@code format=} parameter wins (html, ttl, jsonld, nt, rdf), then the {@code Accept} header,
 * matched by Jena's own content negotiation ({@link AcceptList}: quality, then specificity,
 * then our order of preference). A request that accepts anything gets Turtle; a browser, which
 * names {@code text/html}, gets HTML; {@code application/json} gets JSON-LD.
 */
public enum RdfFormat {
    TURTLE(WebContent.contentTypeTurtle, RDFFormat.TURTLE_PRETTY, "ttl"),
    HTML(WebContent.contentTypeHTML, null, "html"),
    JSONLD(WebContent.contentTypeJSONLD, RDFFormat.JSONLD_PRETTY, "jsonld"),
    NTRIPLES(WebContent.contentTypeNTriples, RDFFormat.NTRIPLES, "nt"),
    RDFXML(WebContent.contentTypeRDFXML, RDFFormat.RDFXML_PRETTY, "rdf");

    /** What we offer, in order of preference for equal quality: the order of the constants, then plain JSON as JSON-LD. */
    private static final AcceptList OFFER;

    static {
        String[] offer = new String[values().length + 1];
        for (RdfFormat f : values()) {
            offer[f.ordinal()] = f.mediaType;
        }
        offer[values().length] = WebContent.contentTypeJSON;
        OFFER = AcceptList.create(offer);
    }

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

    /** The value of {@code format=} that asks for this representation. */
    public String shortName() {
        return shortName;
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
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFER);
        if (chosen == null) {
            return null;
        }
        String type = chosen.getContentTypeStr();
        for (RdfFormat r : values()) {
            if (r.mediaType.equals(type)) {
                return r;
            }
        }
        return WebContent.contentTypeJSON.equals(type) ? JSONLD : null;
    }
}
