package org.w3id.dkg.app.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dkg.ontology.DKG;

/**
 * A paragraph's text cut from its document's normalised text by the paragraph's offsets (code
 * points, as the evidence selectors count them), with an optional span highlighted as
 * {@code <mark class="quote">}. The text is escaped piece by piece.
 */
final class ParagraphText {
    private ParagraphText() {}

    /** Writes the paragraph; {@code from}/{@code to} (document offsets) are highlighted when inside it, else ignored. */
    static void render(Html html, DatasetGraph dsg, Node document, Node paragraph, long from, long to) {
        Node text = Describer.first(dsg, document, DKG.normalisedText.asNode(), false);
        long start = number(dsg, paragraph, DKG.start.asNode());
        long end = number(dsg, paragraph, DKG.end.asNode());
        if (text == null || start < 0 || end <= start) {
            return;
        }
        String all = text.getLiteralLexicalForm();
        int length = all.codePointCount(0, all.length());
        end = Math.min(end, length);
        if (start >= end) {
            return;
        }
        html.open("pre", "class", "paragraph");
        if (from >= start && to <= end && from < to) {
            html.text(cut(all, start, from)).element("mark", cut(all, from, to), "class", "quote").text(cut(all, to, end));
        } else {
            html.text(cut(all, start, end));
        }
        html.close("pre").newline();
    }

    private static String cut(String text, long from, long to) {
        return text.substring(text.offsetByCodePoints(0, (int) from), text.offsetByCodePoints(0, (int) to));
    }

    private static long number(DatasetGraph dsg, Node s, Node p) {
        Node n = Describer.first(dsg, s, p, false);
        try {
            return n == null ? -1 : Long.parseLong(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
