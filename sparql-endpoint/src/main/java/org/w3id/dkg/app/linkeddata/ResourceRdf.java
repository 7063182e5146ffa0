package org.w3id.dkg.app.linkeddata;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;

/**
 * The RDF a dkg IRI dereferences to, so that a crawler can follow the graph both ways and reach
 * provenance: the resource's own triples and those of its {@code #} parts
 * ({@link Describer#describe}), the triples that point at it, and, for each fact among those,
 * the fact with its whole evidence (selectors, quote, source, rule, confidence, and the
 * paragraph it lies in). Bounded, so a busy entity stays fast: at most {@link #MAX_INCOMING}
 * incoming triples and {@link #MAX_FACTS} facts described in full; past either bound the answer
 * links to a SPARQL query for the rest ({@code rdfs:seeAlso}).
 */
final class ResourceRdf {
    static final int MAX_INCOMING = 5000;
    static final int MAX_FACTS = 500;
    private static final String FACTS = Iris.ID + "fact/";

    private ResourceRdf() {}

    /** The description of {@code iri}; empty when the store neither says anything about it nor points at it. */
    static Graph of(DatasetGraph dsg, String iri, String sparqlEndpoint) {
        Graph graph = Describer.describe(dsg, iri);
        withParagraphs(dsg, graph);
        Node node = NodeFactory.createURI(iri);
        Set<Node> facts = new LinkedHashSet<>();
        boolean cut = false;
        int incoming = 0;
        Iterator<Quad> pointing = dsg.find(Node.ANY, Node.ANY, Node.ANY, node);
        while (pointing.hasNext()) {
            Quad q = pointing.next();
            if (++incoming > MAX_INCOMING) {
                cut = true;
                break;
            }
            graph.add(Triple.create(q.getSubject(), q.getPredicate(), node));
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(FACTS) && !s.getURI().equals(iri) && s.getURI().indexOf('#') < 0) {
                if (facts.size() < MAX_FACTS) {
                    facts.add(s);
                } else if (!facts.contains(s)) {
                    cut = true;
                }
            }
        }
        for (Node fact : facts) {
            Graph described = Describer.describe(dsg, fact.getURI());
            withParagraphs(dsg, described);
            described.find().forEach(graph::add);
        }
        if (cut) {
            String query = "SELECT ?s ?p WHERE { ?s ?p <" + iri + "> }";
            graph.add(Triple.create(node, RDFS.seeAlso.asNode(), NodeFactory.createURI(sparqlEndpoint + "?query="
                    + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))));
        }
        return graph;
    }

    /** Adds the triples of the paragraphs that evidence in {@code graph} points to (offsets, section, document). */
    private static void withParagraphs(DatasetGraph dsg, Graph graph) {
        Set<Node> paragraphs = new LinkedHashSet<>();
        graph.find(Node.ANY, DKG.paragraph.asNode(), Node.ANY).forEach(t -> paragraphs.add(t.getObject()));
        for (Node p : paragraphs) {
            dsg.find(Node.ANY, p, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(Triple.create(p, q.getPredicate(), q.getObject())));
        }
    }
}
