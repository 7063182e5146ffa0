package org.w3id.dkg.app.linkeddata;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of any {@code /id/...} resource that is not a document: labels, keys and
 * other properties, external links, then the facts it takes part in, grouped by type.
 */
final class EntityPage {
    private EntityPage() {}

    static String render(DatasetGraph dsg, String iri, Graph description) {
        Node subject = NodeFactory.createURI(iri);
        Describer.Summary summary = Describer.summary(dsg, subject);
        String title = summary.label() + (summary.key() != null && !summary.key().equals(summary.label()) ? " (" + summary.key() + ")" : "");
        Html html = Html.page(title + " — dkg");
        Pages.header(html, title, iri);
        if (summary.kind() != null) {
            html.element("p", summary.kind(), "class", "kind");
        }
        Pages.properties(html, dsg, description, subject, List.of(SKOS.exactMatch.asNode()));
        Pages.externalLinks(html, description, subject);
        List<FactRows.Fact> facts = FactRows.about(dsg, subject);
        if (!facts.isEmpty()) {
            html.element("h2", "Facts (" + facts.size() + ")").newline();
            Pages.facts(html, dsg, facts);
        }
        return html.end();
    }
}
