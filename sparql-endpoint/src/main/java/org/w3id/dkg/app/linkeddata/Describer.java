package org.w3id.dkg.app.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.ontology.DKG;

/**
 * Reads what the store says about one resource, across all its graphs, without knowing
 * the resource's type: its own triples (and those of its {@code #} parts, such as a
 * fact's evidence and selectors), a one-line summary (kind, key, label) and labels for
 * predicates and classes taken from the ontology graph. New classes and properties of the
 * ontology show up with their labels without a change here. Call inside a read transaction.
 */
public final class Describer {
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private Describer() {}

    /** What a search hit or a link needs to say: kind (local name of the type), key ({@code skos:notation}), label. */
    public record Summary(String kind, String key, String label) {}

    public static Summary summary(DatasetGraph dsg, Node node) {
        Node type = first(dsg, node, RDF.type.asNode(), true);
        Node key = first(dsg, node, SKOS.notation.asNode(), false);
        return new Summary(type == null ? null : localName(type), key == null ? null : key.getLiteralLexicalForm(), label(dsg, node));
    }

    /** The resource's triples and those of its {@code #} parts, from every graph; empty when the store does not know it. */
    public static Graph describe(DatasetGraph dsg, String iri) {
        Graph graph = GraphFactory.createDefaultGraph();
        Deque<Node> todo = new ArrayDeque<>(List.of(NodeFactory.createURI(iri)));
        Set<Node> done = new HashSet<>();
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            if (!done.add(subject)) {
                continue;
            }
            Iterator<Quad> quads = dsg.find(Node.ANY, subject, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Quad q = quads.next();
                graph.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
                Node o = q.getObject();
                if (o.isBlank() || o.isURI() && o.getURI().startsWith(iri + "#")) {
                    todo.push(o);
                }
            }
        }
        return graph;
    }

    /**
     * The best label of a resource: French, then English, then any {@code rdfs:label},
     * {@code skos:prefLabel} or {@code dcterms:title}; for terms of the ontology, the
     * ontology graph's; else the local name.
     */
    public static String label(DatasetGraph dsg, Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
        for (Node p : LABELS) {
            String best = null;
            int rank = 99;
            Iterator<Quad> quads = dsg.find(Node.ANY, node, p, Node.ANY);
            while (quads.hasNext()) {
                Node o = quads.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                int r = "fr".equals(lang) ? 0 : "en".equals(lang) ? 1 : 2;
                if (r < rank) {
                    rank = r;
                    best = o.getLiteralLexicalForm();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return localName(node);
    }

    /** The first object of {@code s p ?o} in any graph; for types, a dkg class first. */
    static Node first(DatasetGraph dsg, Node s, Node p, boolean preferDkg) {
        Node found = null;
        Iterator<Quad> quads = dsg.find(Node.ANY, s, p, Node.ANY);
        while (quads.hasNext()) {
            Node o = quads.next().getObject();
            if (!preferDkg || o.isURI() && o.getURI().startsWith(DKG.NS)) {
                return o;
            }
            if (found == null) {
                found = o;
            }
        }
        return found;
    }

    /** The part after the last {@code #} or {@code /}. */
    public static String localName(Node node) {
        String s = node.isURI() ? node.getURI() : node.toString();
        int i = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return i >= 0 && i < s.length() - 1 ? s.substring(i + 1) : s;
    }
}
