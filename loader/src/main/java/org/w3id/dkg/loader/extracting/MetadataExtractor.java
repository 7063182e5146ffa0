package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.recognising.FrenchDates;
import org.w3id.dkg.loader.segmenting.Paragraph;

/**
 * What a document says about itself: its kind, title, date, symbol and language, read
 * from its opening paragraphs with the rules of {@code document-types.tsv} and
 * {@code language-markers.tsv}. What the text does not state stays empty.
 */
public final class MetadataExtractor {
    /** How many opening paragraphs are searched for the kind and the title. */
    private static final int OPENING = 12;
    private static final Pattern QUOTED_TITLE = Pattern.compile("intitulées?\\s+«\\s*([^»]+?)\\s*»(?:\\s+et\\s+«\\s*([^»]+?)\\s*»)?");
    private static final Pattern DATED = Pattern.compile("(?i)\\bdatée? du\\s+");

    private final List<Map.Entry<String, Pattern>> typeRules = new ArrayList<>();
    private final List<Map.Entry<String, List<String>>> languageMarkers = new ArrayList<>();

    public MetadataExtractor() {
        for (TsvTable.Row row : TsvTable.read("/dkg/extracting/document-types.tsv").rows()) {
            typeRules.add(Map.entry(row.require("kind"), Pattern.compile(row.require("pattern"))));
        }
        for (TsvTable.Row row : TsvTable.read("/dkg/extracting/language-markers.tsv").rows()) {
            languageMarkers.add(Map.entry(row.require("language"), List.of(row.require("words").split(" "))));
        }
    }

    public DocumentMetadata extract(DocumentAnalysis doc) {
        List<String> opening = doc.segments().paragraphs().stream().limit(OPENING)
                .map(p -> doc.text().slice(p.start(), p.end())).toList();
        String docType = docType(opening);
        return new DocumentMetadata(doc.text().docId(), doc.symbol().orElse(""), title(doc, opening, docType),
                date(opening), docType, language(doc.text().text()));
    }

    private String docType(List<String> opening) {
        for (Map.Entry<String, Pattern> rule : typeRules) {
            for (String paragraph : opening) {
                if (rule.getValue().matcher(paragraph).find()) return rule.getKey();
            }
        }
        return "";
    }

    /**
     * A note verbale or working paper is titled by the heading that names it; a report by
     * the quoted titles of the resolutions it answers ({@code intitulées « A » et « B »}).
     */
    private String title(DocumentAnalysis doc, List<String> opening, String docType) {
        if (!docType.isEmpty() && !docType.startsWith("report")) {
            Pattern rule = typeRules.stream().filter(r -> r.getKey().equals(docType)).findFirst().orElseThrow().getValue();
            for (int i = 0; i < opening.size(); i++) {
                Paragraph p = doc.segments().paragraphs().get(i);
                String text = opening.get(i);
                Matcher m = rule.matcher(text);
                if (m.find() && m.start() == 0 && (p.kind() == Paragraph.Kind.HEADING || text.length() < 600)) return text;
            }
        }
        for (String paragraph : opening) {
            Matcher m = QUOTED_TITLE.matcher(paragraph);
            if (m.find()) return m.group(2) == null ? m.group(1) : m.group(1) + " ; " + m.group(2);
        }
        return "";
    }

    /** A paragraph that is nothing but a date, or a date after "datée du". */
    private String date(List<String> opening) {
        for (String paragraph : opening) {
            Matcher only = FrenchDates.FULL_DATE.matcher(paragraph.strip());
            if (only.matches()) return FrenchDates.iso(only);
            Matcher dated = DATED.matcher(paragraph);
            if (dated.find()) {
                Matcher date = FrenchDates.FULL_DATE.matcher(paragraph);
                if (date.find(dated.end()) && date.start() == dated.end()) return FrenchDates.iso(date);
            }
        }
        return "";
    }

    /** The language whose function words are most frequent in the text. */
    private String language(String text) {
        String sample = " " + text.substring(0, Math.min(text.length(), 20_000)).toLowerCase().replaceAll("[^\\p{L}]+", " ") + " ";
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, List<String>> marker : languageMarkers) {
            int count = 0;
            for (String word : marker.getValue()) {
                for (int i = sample.indexOf(" " + word + " "); i >= 0; i = sample.indexOf(" " + word + " ", i + 1)) count++;
            }
            if (count > bestCount) {
                best = marker.getKey();
                bestCount = count;
            }
        }
        return best;
    }
}
