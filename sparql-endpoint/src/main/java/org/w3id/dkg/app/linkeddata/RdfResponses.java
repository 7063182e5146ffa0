package org.w3id.dkg.app.linkeddata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes a graph or a page as the negotiated representation, with {@code Vary: Accept}. */
final class RdfResponses {
    private RdfResponses() {}

    static ResponseEntity<byte[]> rdf(Graph graph, RdfFormat format, PrefixMapping prefixes) {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.jena()).output(out);
        return ok(format.mediaType() + ";charset=UTF-8", out.toByteArray());
    }

    static ResponseEntity<byte[]> html(String page) {
        return ok("text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
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

    private static ResponseEntity<byte[]> ok(String type, byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.VARY, "Accept").header(HttpHeaders.CONTENT_TYPE, type).body(body);
    }
}
