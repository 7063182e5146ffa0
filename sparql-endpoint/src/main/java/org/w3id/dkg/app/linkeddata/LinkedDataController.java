package org.w3id.dkg.app.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.dkg.app.api.Endpoints;
import org.w3id.dkg.loader.rdf.Prefixes;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.ontology.Iris;
import org.w3id.dkg.ontology.Ontology;

/**
 * Dereferences every IRI dkg mints, on this server: {@code https://w3id.org/dkg/X} is served at
 * {@code /X} — entities, documents, paragraphs, sections and facts under {@code id/}, code-list
 * concepts under {@code code/}, named graphs under {@code graph/}, and the ontology (its terms are
 * {@code ontology#Term}, so they resolve to {@code /ontology}). Each answers HTML for browsers and
 * Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept} or {@code format=} ({@link RdfFormat}),
 * with {@code Link} headers to the other representations. A w3id.org redirect to this server
 * (see {@code w3id/}) makes the IRIs resolve on the web.
 */
@RestController
public class LinkedDataController {
    private final DkgStore store;
    private final PublicBase base;
    private final Descriptions descriptions;
    private final Model ontology = Ontology.load();

    public LinkedDataController(DkgStore store, PublicBase base, Descriptions descriptions) {
        this.store = store;
        this.base = base;
        this.descriptions = descriptions;
    }

    @GetMapping({"/id/**", "/code/**"})
    public ResponseEntity<byte[]> resource(HttpServletRequest request, @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "format", required = false) String format) {
        String path = path(request);
        // The raw (still percent-encoded) path: dkg IRIs are minted percent-encoded.
        String iri = Iris.BASE + path.substring(1);
        RdfFormat chosen = RdfFormat.choose(accept, format);
        if (chosen == null) {
            return RdfResponses.notAcceptable();
        }
        return store.read(ds -> {
            if (chosen != RdfFormat.HTML) {
                Graph description = ResourceRdf.of(ds.asDatasetGraph(), iri, base.of(Endpoints.SPARQL));
                return description.isEmpty() ? RdfResponses.notFound(iri)
                        : RdfResponses.rdf(description, chosen, Prefixes.MAPPING, base.of(path), iri);
            }
            Graph description = Describer.describe(ds.asDatasetGraph(), iri);
            if (description.isEmpty()) {
                description = ResourceRdf.of(ds.asDatasetGraph(), iri, base.of(Endpoints.SPARQL));
                if (description.isEmpty()) {
                    return RdfResponses.notFound(iri);
                }
            }
            boolean document = iri.startsWith(Iris.ID + "document/") && iri.indexOf('/', (Iris.ID + "document/").length()) < 0;
            boolean fact = iri.startsWith(Iris.ID + "fact/") && iri.indexOf('#') < 0;
            return RdfResponses.html(document ? DocumentPage.render(ds.asDatasetGraph(), iri, description)
                    : fact ? FactPage.render(ds.asDatasetGraph(), iri, description)
                    : EntityPage.render(ds.asDatasetGraph(), iri, description), base.of(path), iri);
        });
    }

    @GetMapping("/graph/**")
    public ResponseEntity<byte[]> graph(HttpServletRequest request, @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "format", required = false) String format) {
        String path = path(request);
        String iri = Iris.BASE + path.substring(1);
        RdfFormat chosen = RdfFormat.choose(accept, format);
        if (chosen == null) {
            return RdfResponses.notAcceptable();
        }
        Graph description = GraphPage.describe(descriptions.current(), iri);
        if (description.isEmpty()) {
            return RdfResponses.notFound(iri);
        }
        if (chosen != RdfFormat.HTML) {
            return RdfResponses.rdf(description, chosen, descriptions.current(), base.of(path), iri);
        }
        return RdfResponses.html(GraphPage.render(description, iri), base.of(path), iri);
    }

    @GetMapping({"/ontology", "/ontology.ttl"})
    public ResponseEntity<byte[]> ontology(HttpServletRequest request, @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "format", required = false) String format) {
        RdfFormat chosen = RdfFormat.choose(accept, format);
        if (chosen == null) {
            return RdfResponses.notAcceptable();
        }
        String self = base.of("/ontology");
        if (chosen == RdfFormat.HTML) {
            return RdfResponses.html(OntologyPage.render(ontology), self, Iris.BASE + "ontology");
        }
        return RdfResponses.rdf(VoidController.copy(ontology), chosen, ontology, self, Iris.BASE + "ontology");
    }

    /**
     * The raw path, with percent-escapes in upper case (RFC 3986, 6.2.2.1): dkg mints
     * {@code %C3%89}, and a redirector may send {@code %c3%89}, the same IRI.
     */
    static String path(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        return java.util.regex.Pattern.compile("%[0-9a-fA-F]{2}").matcher(raw).replaceAll(m -> m.group().toUpperCase(java.util.Locale.ROOT));
    }
}
