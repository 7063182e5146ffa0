package org.w3id.dkg.loader.family.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;

/**
 * Citations of documents of other bodies — African Union decisions, OAS resolutions, OSCE decisions, depositary
 * notifications — read from the text as it writes them ({@code other-symbols.tsv}). These symbols have no
 * canonical form to rebuild them from ("Assembly/AU/Dec. 645 (XXIX)", "AG/RES. 1123 (XXI-O/91)"), and the
 * recogniser often takes only part of one for an instrument ("résolution AG/RES. 1123"), so they are found in the
 * text, not among the tokens of a sentence. The symbols are the same in every language. A symbol alone on its line
 * is the document's own (its heading), not a citation.
 */
final class WrittenSymbols {
    private static final String RESOURCE = "/" + WrittenSymbols.class.getPackageName().replace('.', '/') + "/other-symbols.tsv";
    /** How many characters before a symbol its evidence quotes, within its line. */
    private static final int BEFORE = 30;

    private record Shape(String id, Pattern pattern) {}

    private final List<Shape> shapes = new ArrayList<>();

    WrittenSymbols() {
        for (TsvTable.Row row : TsvTable.read(RESOURCE).rows()) {
            try {
                shapes.add(new Shape(row.require("id"), Pattern.compile(row.require("shape"))));
            } catch (PatternSyntaxException e) {
                throw new DataFormatException(row.where() + ": bad symbol pattern " + row.get("id") + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every symbol of another body the document's text writes, in the order of the shapes, then of the text. */
    List<CitationFact> find(DocumentAnalysis doc) {
        String text = doc.text().text();
        List<CitationFact> facts = new ArrayList<>();
        for (Shape shape : shapes) {
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                if (aloneOnItsLine(text, m.start("symbol"), m.end("symbol"))) continue;
                int start = m.start("symbol");
                int from = start;
                while (from > 0 && start - from < BEFORE && text.charAt(from - 1) != '\n') from--;
                String symbol = m.group("symbol").strip().replaceAll("\\s+", " ");
                facts.add(new CitationFact(symbol, doc.evidence(from, m.end("symbol"), shape.id(), 0.95)));
            }
        }
        return facts;
    }

    /** A symbol alone on its line is the document's own, printed in its heading ("CP/RES. 906 (1550/06)"), not a citation. */
    private static boolean aloneOnItsLine(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        return text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }
}
