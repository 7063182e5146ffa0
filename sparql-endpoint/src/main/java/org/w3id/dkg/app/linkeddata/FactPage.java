package org.w3id.dkg.app.linkeddata;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dkg.ontology.DKG;

/**
 * The HTML page of a fact ({@code /id/fact/{hash}}): the fact as a sentence of its parts,
 * its quote, the rule that found it and its confidence, and the paragraph it comes from with
 * the quote highlighted at its offsets — so a reader checks the fact against the text in one
 * look. Every text is escaped; the highlight is a {@code <mark>} around escaped text.
 */
final class FactPage {
    private static final Node OA_HAS_SELECTOR = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSelector");
    private static final Node OA_HAS_SOURCE = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSource");
    private static final Node OA_START = NodeFactory.createURI("http://www.w3.org/ns/oa#start");
    private static final Node OA_END = NodeFactory.createURI("http://www.w3.org/ns/oa#end");
    private static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");

    private FactPage() {}

    static String render(DatasetGraph dsg, String iri, Graph description) {
        Node fact = NodeFactory.createURI(iri);
        Describer.Summary summary = Describer.summary(dsg, fact);
        String type = summary.kind() == null ? "fact" : Describer.label(dsg, Describer.first(dsg, fact, org.apache.jena.vocabulary.RDF.type.asNode(), true));
        Html html = Html.page(type + " — dkg");
        Pages.header(html, type, iri);
        List<FactParts.Part> parts = FactParts.of(dsg, fact);
        html.open("p");
        Pages.sentence(html, dsg, parts, null);
        html.close("p").newline();
        Node evidence = Describer.first(dsg, fact, DKG.evidence.asNode(), false);
        if (evidence == null) {
            html.element("p", "From dkg's reference data (no quote: it is not extracted from a report).", "class", "muted");
            Pages.properties(html, dsg, description, fact, List.of());
            return html.end();
        }
        String quote = null;
        long start = -1;
        long end = -1;
        for (var it = dsg.find(Node.ANY, evidence, OA_HAS_SELECTOR, Node.ANY); it.hasNext(); ) {
            Node selector = it.next().getObject();
            Node exact = Describer.first(dsg, selector, OA_EXACT, false);
            if (exact != null) {
                quote = exact.getLiteralLexicalForm();
            }
            Node s = Describer.first(dsg, selector, OA_START, false);
            Node e = Describer.first(dsg, selector, OA_END, false);
            if (s != null && e != null) {
                start = Long.parseLong(s.getLiteralLexicalForm());
                end = Long.parseLong(e.getLiteralLexicalForm());
            }
        }
        if (quote != null) {
            html.element("blockquote", quote, "class", "quote").newline();
        }
        Node rule = Describer.first(dsg, evidence, DKG.rule.asNode(), false);
        Node confidence = Describer.first(dsg, evidence, DKG.confidence.asNode(), false);
        Node source = Describer.first(dsg, evidence, OA_HAS_SOURCE, false);
        Node paragraph = Describer.first(dsg, evidence, DKG.paragraph.asNode(), false);
        html.open("table");
        row(html, "rule", rule == null ? "" : rule.getLiteralLexicalForm());
        row(html, "confidence", confidence == null ? "" : confidence.getLiteralLexicalForm());
        html.open("tr").element("th", "document").open("td");
        if (source != null) {
            html.link(Pages.href(source.getURI()), Pages.documentLabel(dsg, source));
        }
        html.close("td").close("tr");
        row(html, "offsets", start >= 0 ? start + "–" + end : "");
        html.close("table").newline();
        if (paragraph != null && source != null) {
            html.open("h2").text("Paragraph ").link(Pages.href(paragraph.getURI()), Describer.localName(paragraph)).close("h2").newline();
            ParagraphText.render(html, dsg, source, paragraph, start, end);
        }
        return html.end();
    }

    private static void row(Html html, String name, String value) {
        html.open("tr").element("th", name).element("td", value).close("tr");
    }
}
