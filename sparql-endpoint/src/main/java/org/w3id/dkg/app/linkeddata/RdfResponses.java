package org.w3id.dkg.app.linkeddata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a graph or a page as the negotiated representation, with {@code Vary: Accept} and
 * {@code Link} headers, so that a client holding one representation finds the others without
 * knowing dkg's {@code format=} names: the IRI the representation is about
 * ({@code rel="describes"}, RFC 6892) and each other format ({@code rel="alternate"; type=...})
 * at the public base URL.
 */
final class RdfResponses {
    private RdfResponses() {}

    static ResponseEntity<byte[]> rdf(Graph graph, RdfFormat format, PrefixMapping prefixes, String self, String iri) {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.jena()).output(out);
        return ok(format.mediaType() + ";charset=UTF-8", out.toByteArray(), links(self, iri, format));
    }

    static ResponseEntity<byte[]> rdf(Graph graph, RdfFormat format, PrefixMapping prefixes) {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.jena()).output(out);
        return ok(format.mediaType() + ";charset=UTF-8", out.toByteArray(), List.of());
    }

    static ResponseEntity<byte[]> html(String page, String self, String iri) {
        return ok("text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8), links(self, iri, RdfFormat.HTML));
    }

    static ResponseEntity<byte[]> html(String page) {
        return ok("text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8), List.of());
    }

    /** {@code Link} values: the described IRI and every other representation of it. */
    static List<String> links(String self, String iri, RdfFormat current) {
        List<String> links = new ArrayList<>();
        links.add("<" + iri + ">; rel=\"describes\"");
        for (RdfFormat f : RdfFormat.values()) {
            if (f != current) {
                links.add("<" + self + "?format=" + f.shortName() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
            }
        }
        return links;
    }

    static ResponseEntity<byte[]> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.TEXT_PLAIN)
                .body(("Acceptable: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml "
                        + "(or format=html|ttl|jsonld|nt|rdf)\n").getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> notFound(String iri) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body(("Nothing is known about <" + iri + ">\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> ok(String type, byte[] body, List<String> links) {
        ResponseEntity.BodyBuilder b = ResponseEntity.ok().header(HttpHeaders.VARY, "Accept").header(HttpHeaders.CONTENT_TYPE, type);
        if (!links.isEmpty()) {
            b.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return b.body(body);
    }
}
