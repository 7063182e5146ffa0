package org.w3id.dkg.app.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;

/**
 * Parts shared by the HTML pages: links to resources (a dkg IRI becomes a link to this
 * server's path for it), the table of a resource's own properties, and a list of facts
 * grouped by type. All text goes through {@link Html}, which escapes it.
 */
final class Pages {
    private Pages() {}

    /** The local address of a dkg IRI ({@code https://w3id.org/dkg/id/x} → {@code /id/x}); other IRIs as they are. */
    static String href(String iri) {
        if (iri.startsWith(Iris.ID)) {
            return "/" + iri.substring(Iris.BASE.length());
        }
        if (iri.startsWith(DKG.ONTOLOGY_IRI)) {
            return "/ontology" + iri.substring(DKG.ONTOLOGY_IRI.length());
        }
        return iri;
    }

    static void header(Html html, String title, String iri) {
        html.open("p", "class", "muted").link("/", "dkg").text(" · ").link("/dkg/sparql", "SPARQL").text(" · ")
                .link("/ontology", "ontology").close("p").newline();
        html.element("h1", title).newline();
        html.open("p").element("code", iri).text(" · ")
                .link(href(iri) + "?format=ttl", "Turtle").text(" · ").link(href(iri) + "?format=jsonld", "JSON-LD")
                .text(" · ").link(href(iri) + "?format=nt", "N-Triples").text(" · ").link(href(iri) + "?format=rdf", "RDF/XML")
                .close("p").newline();
    }

    /** A value: a link with its label for an IRI, the text (and language) for a literal. */
    static void value(Html html, DatasetGraph dsg, Node o) {
        if (o.isURI()) {
            html.link(href(o.getURI()), Describer.label(dsg, o));
        } else if (o.isLiteral()) {
            html.text(o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) {
                html.element("span", " @" + o.getLiteralLanguage(), "class", "muted");
            }
        } else {
            html.element("span", "(blank node)", "class", "muted");
        }
    }

    /** The table of {@code subject}'s properties in {@code graph}, predicates labelled from the ontology, {@code skip}ped ones left out. */
    static void properties(Html html, DatasetGraph dsg, Graph graph, Node subject, List<Node> skip) {
        Map<String, List<Triple>> byPredicate = new TreeMap<>();
        graph.find(subject, Node.ANY, Node.ANY).forEach(t -> {
            if (!skip.contains(t.getPredicate())) {
                byPredicate.computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>()).add(t);
            }
        });
        html.open("table").newline();
        for (List<Triple> triples : byPredicate.values()) {
            Node p = triples.get(0).getPredicate();
            html.open("tr").open("th").element("span", Describer.label(dsg, p), "title", p.getURI()).close("th").open("td");
            triples.sort(Comparator.comparing(t -> t.getObject().toString()));
            for (int i = 0; i < triples.size(); i++) {
                if (i > 0) {
                    html.text(", ");
                }
                value(html, dsg, triples.get(i).getObject());
            }
            html.close("td").close("tr").newline();
        }
        html.close("table").newline();
    }

    /** External links ({@code skos:exactMatch}, {@code owl:sameAs}) as a list. */
    static void externalLinks(Html html, Graph graph, Node subject) {
        List<String> links = new ArrayList<>();
        graph.find(subject, SKOS.exactMatch.asNode(), Node.ANY).forEach(t -> links.add(t.getObject().toString()));
        graph.find(subject, org.apache.jena.vocabulary.OWL.sameAs.asNode(), Node.ANY).forEach(t -> links.add(t.getObject().toString()));
        if (links.isEmpty()) {
            return;
        }
        html.element("h2", "Elsewhere").open("ul");
        links.stream().sorted().forEach(l -> html.open("li").link(l, l).close("li"));
        html.close("ul").newline();
    }

    /** Facts grouped by type: for each, its quote, document and paragraph links, and date. */
    static void facts(Html html, DatasetGraph dsg, List<FactRows.Fact> facts) {
        for (Map.Entry<Node, List<FactRows.Fact>> group : FactRows.byType(facts).entrySet()) {
            html.open("h3").text(Describer.label(dsg, group.getKey()) + " (" + group.getValue().size() + ")").close("h3").newline();
            html.open("ul").newline();
            for (FactRows.Fact f : group.getValue()) {
                html.open("li");
                if (f.quote() != null) {
                    html.element("blockquote", f.quote());
                }
                html.link(href(f.fact().getURI()), "fact");
                if (f.document() != null && f.document().isURI()) {
                    html.text(" · ").link(href(f.document().getURI()), Describer.label(dsg, f.document()));
                }
                if (f.paragraph() != null && f.paragraph().isURI()) {
                    html.text(" · ").link(href(f.paragraph().getURI()), "§ " + Describer.localName(f.paragraph()));
                }
                if (f.date() != null) {
                    html.text(" · ").element("time", f.date());
                }
                html.close("li").newline();
            }
            html.close("ul").newline();
        }
        if (facts.size() >= FactRows.MAX) {
            html.element("p", "Only the first " + FactRows.MAX + " facts are shown; ask the SPARQL endpoint for all.", "class", "muted");
        }
    }
}
