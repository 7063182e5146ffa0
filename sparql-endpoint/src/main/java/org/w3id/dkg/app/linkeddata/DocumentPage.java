package org.w3id.dkg.app.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.ontology.DKG;

/**
 * The HTML page of a document ({@code /id/document/{docId}}), headed by its UN symbol and
 * title: its metadata, respondents, facts counted by type and citations by UN symbol (linking
 * to the cited document when dkg holds it), then each
 * section with its title, its text (folded) and the facts whose evidence lies in it. The
 * document's text is shown, escaped, because a quote is only checkable against it.
 */
final class DocumentPage {
    private DocumentPage() {}

    private record Section(Node iri, String title, long start, long end) {}

    static String render(DatasetGraph dsg, String iri, Graph description) {
        Node doc = NodeFactory.createURI(iri);
        Describer.Summary summary = Describer.summary(dsg, doc);
        String title = Pages.documentLabel(dsg, doc);
        Html html = Html.page(title + " — dkg");
        Pages.header(html, title, iri);
        Pages.properties(html, dsg, description, doc, List.of(DKG.normalisedText.asNode(), DKG.mentions.asNode(), DKG.cites.asNode()));
        List<FactRows.Fact> all = FactRows.inDocument(dsg, doc);
        overview(html, dsg, all);
        String text = description.find(doc, DKG.normalisedText.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
        List<Section> sections = sections(dsg, doc);
        Map<Node, List<FactRows.Fact>> factsBySection = new LinkedHashMap<>();
        List<FactRows.Fact> outside = new ArrayList<>();
        for (FactRows.Fact f : all) {
            if (f.section() != null) {
                factsBySection.computeIfAbsent(f.section(), s -> new ArrayList<>()).add(f);
            } else {
                outside.add(f);
            }
        }
        html.element("h2", "Sections (" + sections.size() + ")").newline();
        for (Section s : sections) {
            html.open("section", "id", Describer.localName(s.iri()));
            html.open("h3").link(Pages.href(s.iri().getURI()), s.title()).close("h3").newline();
            int length = text.codePointCount(0, text.length());
            if (s.start() >= 0 && s.end() > s.start() && s.start() < length) {
                int from = text.offsetByCodePoints(0, (int) s.start());
                int to = text.offsetByCodePoints(0, (int) Math.min(s.end(), length));
                html.open("details").element("summary", "Text").element("pre", text.substring(from, to)).close("details").newline();
            }
            List<FactRows.Fact> facts = factsBySection.getOrDefault(s.iri(), List.of());
            if (!facts.isEmpty()) {
                Pages.facts(html, dsg, facts);
            }
            html.close("section").newline();
        }
        if (!outside.isEmpty()) {
            html.element("h2", "Other facts").newline();
            Pages.facts(html, dsg, outside);
        }
        if (sections.isEmpty() && !text.isEmpty()) {
            html.element("h2", "Text").open("details").element("summary", "Normalised text").element("pre", text).close("details");
        }
        return html.end();
    }

    /** Respondents with their dates, the facts counted by type, and the UN documents cited, by symbol. */
    private static void overview(Html html, DatasetGraph dsg, List<FactRows.Fact> facts) {
        Map<String, Integer> byType = new java.util.TreeMap<>();
        List<FactRows.Fact> replies = new ArrayList<>();
        java.util.SortedSet<String> cited = new java.util.TreeSet<>();
        for (FactRows.Fact f : facts) {
            byType.merge(Describer.label(dsg, f.type()), 1, Integer::sum);
            if (f.type().equals(DKG.Reply.asNode())) {
                replies.add(f);
            } else if (f.type().equals(DKG.Citation.asNode())) {
                Node symbol = Describer.first(dsg, f.fact(), DKG.citedSymbol.asNode(), false);
                if (symbol != null) {
                    cited.add(symbol.getLiteralLexicalForm());
                }
            }
        }
        if (!replies.isEmpty()) {
            html.element("h2", "Respondents (" + replies.size() + ")").open("ul").newline();
            for (FactRows.Fact reply : replies) {
                html.open("li");
                Pages.sentence(html, dsg, FactParts.of(dsg, reply.fact()), null);
                html.text(" · ").link(Pages.href(reply.fact().getURI()), "fact").close("li").newline();
            }
            html.close("ul").newline();
        }
        if (!byType.isEmpty()) {
            html.element("h2", "Facts by type (" + facts.size() + ")").open("ul").newline();
            byType.forEach((type, n) -> html.element("li", type + ": " + n));
            html.close("ul").newline();
        }
        if (!cited.isEmpty()) {
            html.element("h2", "Citations (" + cited.size() + ")").open("ul").newline();
            for (String symbol : cited) {
                html.open("li");
                Node held = heldDocument(dsg, symbol);
                if (held != null) {
                    html.link(Pages.href(held.getURI()), symbol).text(" · ").element("span", "in dkg", "class", "muted");
                } else {
                    html.link("https://undocs.org/" + symbol, symbol);
                }
                html.close("li").newline();
            }
            html.close("ul").newline();
        }
    }

    private static Node heldDocument(DatasetGraph dsg, String symbol) {
        var quads = dsg.find(Node.ANY, Node.ANY, DKG.symbol.asNode(), NodeFactory.createLiteralString(symbol));
        return quads.hasNext() ? quads.next().getSubject() : null;
    }

    private static List<Section> sections(DatasetGraph dsg, Node doc) {
        List<Section> sections = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, DKG.partOf.asNode(), doc).forEachRemaining((Quad q) -> {
            Node s = q.getSubject();
            if (dsg.contains(q.getGraph(), s, RDF.type.asNode(), DKG.Section.asNode())) {
                String number = literal(dsg, q.getGraph(), s, DKG.number.asNode());
                String title = literal(dsg, q.getGraph(), s, DCTerms.title.asNode());
                String shown = ((number == null ? "" : number + " ") + (title == null ? Describer.localName(s) : title)).trim();
                sections.add(new Section(s, shown, number(dsg, q.getGraph(), s, DKG.start.asNode()),
                        number(dsg, q.getGraph(), s, DKG.end.asNode())));
            }
        });
        sections.sort(Comparator.comparingLong(Section::start).thenComparing(s -> s.iri().getURI()));
        return sections;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static long number(DatasetGraph dsg, Node g, Node s, Node p) {
        String v = literal(dsg, g, s, p);
        try {
            return v == null ? -1 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
