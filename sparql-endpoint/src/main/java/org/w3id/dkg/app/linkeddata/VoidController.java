package org.w3id.dkg.app.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.dkg.app.api.Endpoints;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.ontology.Iris;

/**
 * {@code /void}: what this server holds and how to get it, for crawlers and catalogues —
 * a VoID description (triples per named graph, vocabularies used, example resources, the
 * SPARQL endpoint, the dump) and a SPARQL 1.1 Service Description of the endpoint, in one
 * graph, computed from the store at each request (the counts are never stale).
 */
@RestController
public class VoidController {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private final DkgStore store;

    public VoidController(DkgStore store) {
        this.store = store;
    }

    @GetMapping({"/void", "/.well-known/void"})
    public ResponseEntity<byte[]> voidDescription(HttpServletRequest request,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "format", required = false) String format) {
        RdfFormat chosen = RdfFormat.choose(accept, format);
        if (chosen == null || chosen == RdfFormat.HTML) {
            chosen = RdfFormat.TURTLE; // no HTML view: browsers show Turtle as text
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Model model = store.read(ds -> describe(ds.asDatasetGraph(), base));
        return RdfResponses.rdf(model.getGraph(), chosen, model);
    }

    static Model describe(DatasetGraph dsg, String base) {
        Map<String, Long> triplesPerGraph = new TreeMap<>();
        TreeSet<String> vocabularies = new TreeSet<>();
        long total = 0;
        Iterator<Quad> quads = dsg.find();
        while (quads.hasNext()) {
            Quad q = quads.next();
            triplesPerGraph.merge(q.isDefaultGraph() ? "" : q.getGraph().getURI(), 1L, Long::sum);
            vocabularies.add(namespace(q.getPredicate()));
            if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI()) {
                vocabularies.add(namespace(q.getObject()));
            }
            total++;
        }
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("sd", SD).setNsPrefix("dcterms", DCTerms.NS);
        Resource dataset = m.createResource(base + "/void#dkg")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "dkg — disarmament knowledge graph", "en")
                .addProperty(DCTerms.description, "Facts of disarmament diplomacy extracted from United Nations reports, "
                        + "each traceable to the sentence it came from.", "en")
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(base + Endpoints.SPARQL))
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + Endpoints.DUMP))
                .addProperty(m.createProperty(VOID, "uriSpace"), Iris.ID)
                .addLiteral(m.createProperty(VOID, "triples"), total);
        for (String vocabulary : vocabularies) {
            dataset.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocabulary));
        }
        for (String example : new String[] {Iris.entity("state", "ESP"), Iris.entity("instrument", "NPT")}) {
            if (dsg.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(example), Node.ANY, Node.ANY).hasNext()) {
                dataset.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(example));
            }
        }
        Resource service = m.createResource(base + Endpoints.SPARQL)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(base + Endpoints.SPARQL))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + f));
        }
        Resource defaultDataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        service.addProperty(m.createProperty(SD, "defaultDataset"), defaultDataset);
        for (Map.Entry<String, Long> g : triplesPerGraph.entrySet()) {
            if (g.getKey().isEmpty()) {
                defaultDataset.addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                        .addLiteral(m.createProperty(VOID, "triples"), g.getValue().longValue()));
                continue;
            }
            Resource graph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                    .addLiteral(m.createProperty(VOID, "triples"), g.getValue().longValue());
            defaultDataset.addProperty(m.createProperty(SD, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.getKey()))
                    .addProperty(m.createProperty(SD, "graph"), graph));
            dataset.addProperty(m.createProperty(VOID, "subset"), m.createResource()
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.getKey()))
                    .addLiteral(m.createProperty(VOID, "triples"), g.getValue().longValue()));
        }
        return m;
    }

    private static String namespace(Node n) {
        String s = n.getURI();
        int i = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return s.substring(0, i + 1);
    }
}
