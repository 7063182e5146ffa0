package org.w3id.dkg.app.linkeddata;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.ontology.DKG;

/**
 * The HTML page of any {@code /id/...} resource that is not a document: labels, keys and
 * other properties, external links, then the facts it takes part in as sentences of their
 * parts — what it does, then what is said of it (an instrument's signatories and parties, an
 * organisation's members) — grouped and counted. An entity minted from the text says so.
 */
final class EntityPage {
    private static final java.util.Set<String> KINDS_OF_ENTITIES = java.util.Set.of("State", "Organisation", "Instrument", "Event", "Group");

    private EntityPage() {}

    static String render(DatasetGraph dsg, String iri, Graph description) {
        Node subject = NodeFactory.createURI(iri);
        Describer.Summary summary = Describer.summary(dsg, subject);
        String title = summary.label() + (summary.key() != null && !summary.key().equals(summary.label()) ? " (" + summary.key() + ")" : "");
        Html html = Html.page(title + " — dkg");
        Pages.header(html, title, iri);
        if (summary.kind() != null) {
            html.open("p").element("span", summary.kind(), "class", "kind");
            if (KINDS_OF_ENTITIES.contains(summary.kind()) && discovered(description, subject)) {
                html.text(" ").element("span", "found in the text of the reports — not in dkg's registries", "class", "badge");
            }
            html.close("p").newline();
        }
        WorkbenchLinks.render(html, summary.kind(), summary.key());
        Pages.properties(html, dsg, description, subject, List.of(SKOS.exactMatch.asNode()));
        Pages.externalLinks(html, description, subject);
        Node document = Describer.first(dsg, subject, DKG.partOf.asNode(), false);
        if ("Paragraph".equals(summary.kind()) && document != null) {
            html.element("h2", "Text").newline();
            ParagraphText.render(html, dsg, document, subject, -1, -1);
        }
        List<FactRows.Fact> facts = FactRows.about(dsg, subject);
        if (!facts.isEmpty()) {
            html.element("h2", "Facts (" + facts.size() + ")").newline();
            Pages.facts(html, dsg, subject, facts);
        }
        return html.end();
    }

    /** An entity of the registries is defined by the reference graph; one the loader minted from the text is not. */
    private static boolean discovered(Graph description, Node subject) {
        return !description.contains(subject, RDFS.isDefinedBy.asNode(), Node.ANY)
                && !description.contains(subject, DKG.normalisedText.asNode(), Node.ANY);
    }
}
