package org.w3id.dkg.app.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.dkg.loader.rdf.Prefixes;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.ontology.Iris;
import org.w3id.dkg.ontology.Ontology;

/**
 * Dereferences dkg's IRIs on this server: {@code https://w3id.org/dkg/id/X} is served at
 * {@code /id/X} and the ontology at {@code /ontology}, as HTML for browsers and as Turtle,
 * JSON-LD, N-Triples or RDF/XML by {@code Accept} or {@code format=} ({@link RdfFormat}).
 * A w3id.org redirect to this server then makes the IRIs resolve.
 */
@RestController
public class LinkedDataController {
    private final DkgStore store;
    private final Model ontology = Ontology.load();

    public LinkedDataController(DkgStore store) {
        this.store = store;
    }

    @GetMapping("/id/**")
    public ResponseEntity<byte[]> resource(HttpServletRequest request, @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "format", required = false) String format) {
        // The raw (still percent-encoded) path: dkg IRIs are minted percent-encoded.
        String iri = Iris.BASE + request.getRequestURI().substring(request.getContextPath().length() + 1);
        RdfFormat chosen = RdfFormat.choose(accept, format);
        if (chosen == null) {
            return RdfResponses.notAcceptable();
        }
        return store.read(ds -> {
            Graph description = Describer.describe(ds.asDatasetGraph(), iri);
            if (description.isEmpty()) {
                return RdfResponses.notFound(iri);
            }
            if (chosen != RdfFormat.HTML) {
                return RdfResponses.rdf(description, chosen, Prefixes.MAPPING);
            }
            boolean document = iri.startsWith(Iris.ID + "document/") && iri.indexOf('/', (Iris.ID + "document/").length()) < 0;
            boolean fact = iri.startsWith(Iris.ID + "fact/") && iri.indexOf('#') < 0;
            return RdfResponses.html(document ? DocumentPage.render(ds.asDatasetGraph(), iri, description)
                    : fact ? FactPage.render(ds.asDatasetGraph(), iri, description)
                    : EntityPage.render(ds.asDatasetGraph(), iri, description));
        });
    }

    @GetMapping({"/ontology", "/ontology.ttl"})
    public ResponseEntity<byte[]> ontology(@RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "format", required = false) String format) {
        RdfFormat chosen = RdfFormat.choose(accept, format);
        if (chosen == null) {
            return RdfResponses.notAcceptable();
        }
        if (chosen == RdfFormat.HTML) {
            return RdfResponses.html(OntologyPage.render(ontology));
        }
        Graph copy = GraphFactory.createDefaultGraph();
        ontology.getGraph().find().forEach(copy::add);
        return RdfResponses.rdf(copy, chosen, ontology);
    }
}
