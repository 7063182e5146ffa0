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

    /** Facts grouped by type (and verb), not centred on an entity: a document's facts. */
    static void facts(Html html, DatasetGraph dsg, List<FactRows.Fact> facts) {
        facts(html, dsg, null, facts);
    }

    /**
     * Facts grouped and counted by direction (what {@code entity} does first, then what is
     * said of it), type and verb; each as a sentence of its parts with its quote and links to
     * the fact, the document and the paragraph. Long groups are folded.
     */
    static void facts(Html html, DatasetGraph dsg, Node entity, List<FactRows.Fact> facts) {
        Map<String, List<Said>> groups = new TreeMap<>();
        Map<String, String> headings = new java.util.HashMap<>();
        for (FactRows.Fact f : facts) {
            List<FactParts.Part> parts = FactParts.of(dsg, f.fact());
            boolean outgoing = entity == null || FactParts.isSubject(parts, entity);
            String type = Describer.label(dsg, f.type());
            String verb = FactParts.verb(parts);
            boolean mention = f.type().getURI().endsWith("#Mention");
            String order = (mention ? "2" : outgoing ? "0" : "1") + type + "\u0000" + (verb == null ? "" : verb);
            headings.putIfAbsent(order, type + (verb == null ? "" : ": " + verb));
            groups.computeIfAbsent(order, k -> new ArrayList<>()).add(new Said(f, parts));
        }
        for (Map.Entry<String, List<Said>> group : groups.entrySet()) {
            List<Said> said = group.getValue();
            html.open("h3").text(headings.get(group.getKey()) + " (" + said.size() + ")");
            if (entity != null) {
                html.element("span", group.getKey().startsWith("1") ? " ← " + roleOf(dsg, said.get(0).parts(), entity) : "",
                        "class", "muted");
            }
            html.close("h3").newline();
            boolean fold = said.size() > 12;
            if (fold) {
                html.open("details").element("summary", said.size() + " facts");
            }
            html.open("ul", "class", "facts").newline();
            for (Said s : said) {
                html.open("li");
                sentence(html, dsg, s.parts(), s.fact().date());
                if (s.fact().quote() != null) {
                    html.element("blockquote", s.fact().quote());
                }
                html.link(href(s.fact().fact().getURI()), "fact");
                if (s.fact().document() != null && s.fact().document().isURI()) {
                    html.text(" · ").link(href(s.fact().document().getURI()), documentLabel(dsg, s.fact().document()));
                } else {
                    html.text(" · ").element("span", "reference data", "class", "muted");
                }
                if (s.fact().paragraph() != null && s.fact().paragraph().isURI()) {
                    html.text(" · ").link(href(s.fact().paragraph().getURI()), "§ " + Describer.localName(s.fact().paragraph()));
                }
                html.close("li").newline();
            }
            html.close("ul").newline();
            if (fold) {
                html.close("details").newline();
            }
        }
        if (facts.size() >= FactRows.MAX) {
            html.element("p", "Only the first " + FactRows.MAX + " facts are shown; ask the SPARQL endpoint for all.", "class", "muted");
        }
    }

    private record Said(FactRows.Fact fact, List<FactParts.Part> parts) {}

    /** "Burkina Faso — ratified — Arms Trade Treaty — 2014-06-03", entities as links, dates as {@code <time>}. */
    static void sentence(Html html, DatasetGraph dsg, List<FactParts.Part> parts, String fallbackDate) {
        html.open("span", "class", "fact-sentence");
        boolean dated = false;
        for (int i = 0; i < parts.size(); i++) {
            FactParts.Part part = parts.get(i);
            if (i > 0) {
                html.text(" — ");
            }
            if (part.isLink()) {
                html.link(href(part.value().getURI()), part.text());
            } else if (part.value().isLiteral() && part.text().matches("\\d{4}(-\\d{2}){0,2}")) {
                html.element("time", part.text());
                dated = true;
            } else {
                html.text(part.text());
            }
        }
        html.close("span");
        if (!dated && fallbackDate != null) {
            html.text(" · ").element("time", fallbackDate);
        }
    }

    /** What the entity is in the fact ("instrument", "organisation"), from the ontology's label of the predicate. */
    private static String roleOf(DatasetGraph dsg, List<FactParts.Part> parts, Node entity) {
        return parts.stream().filter(p -> p.value().equals(entity)).findFirst()
                .map(p -> Describer.label(dsg, p.predicate())).orElse("");
    }

    /** A document by its UN symbol and title when it has them, else its label. */
    static String documentLabel(DatasetGraph dsg, Node doc) {
        Node symbol = Describer.first(dsg, doc, DKG.symbol.asNode(), false);
        String label = Describer.label(dsg, doc);
        return symbol == null ? label : symbol.getLiteralLexicalForm() + (label.equals(Describer.localName(doc)) ? "" : " — " + label);
    }
}
