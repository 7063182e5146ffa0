package org.w3id.dkg.app.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.dkg.ontology.Iris;

/**
 * What a named-graph IRI ({@code https://w3id.org/dkg/graph/...}) dereferences to: the graph as
 * a VoID dataset — its size and its dumps, taken from the store's description — rather than its
 * content, which the dumps and the Graph Store Protocol ({@code /dkg/data?graph=}) serve.
 */
final class GraphPage {
    private GraphPage() {}

    /** The graph's triples in the VoID description, with the dataset it belongs to; empty for an unknown graph. */
    static Graph describe(Model description, String iri) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node node = NodeFactory.createURI(iri);
        description.getGraph().find(node, Node.ANY, Node.ANY).forEach(graph::add);
        if (!graph.isEmpty()) {
            description.getGraph().find(Node.ANY, Node.ANY, node).forEach(t -> {
                if (t.getSubject().isURI()) {
                    graph.add(Triple.create(node, NodeFactory.createURI(DatasetDescription.VOID + "inDataset"), t.getSubject()));
                }
            });
            if (iri.startsWith(Iris.DOCUMENT_GRAPH_PREFIX)) {
                graph.add(Triple.create(node, NodeFactory.createURI("http://purl.org/dc/terms/source"),
                        NodeFactory.createURI(Iris.ID + "document/" + iri.substring(Iris.DOCUMENT_GRAPH_PREFIX.length()))));
            }
        }
        return graph;
    }

    static String render(Graph description, String iri) {
        Html html = Html.page(iri + " — dkg");
        html.open("p", "class", "muted").link("/", "dkg").text(" · ").link("/void", "VoID").close("p").newline();
        html.element("h1", "Named graph").newline();
        html.open("p").element("code", iri).close("p").newline();
        html.open("ul").newline();
        description.find(Node.ANY, NodeFactory.createURI(DatasetDescription.VOID + "triples"), Node.ANY)
                .forEach(t -> html.open("li").text(t.getObject().getLiteralLexicalForm() + " triples").close("li").newline());
        description.find(Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/source"), Node.ANY)
                .forEach(t -> html.open("li").text("Extracted from ").link(Pages.href(t.getObject().getURI()), t.getObject().getURI())
                        .close("li").newline());
        description.find(Node.ANY, NodeFactory.createURI(DatasetDescription.VOID + "dataDump"), Node.ANY).forEach(t -> {
            String dump = t.getObject().getURI();
            html.open("li").text("Dump: ").link(dump, dump.substring(dump.lastIndexOf('/') + 1)).close("li").newline();
        });
        html.close("ul").newline();
        return html.end();
    }
}
