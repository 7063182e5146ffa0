package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.recognising.DateWords;
import org.w3id.dkg.loader.segmenting.Paragraph;

/**
 * What a document says about itself: its kind, title, date, symbol and language, read
 * from its opening paragraphs with the rules of {@code document-types.tsv}; its language is the one
 * the pipeline detected. What the text does not state stays empty.
 */
public final class MetadataExtractor {
    /** How many opening paragraphs are searched for the kind and the title. */
    private static final int OPENING = 12;

    private final List<Map.Entry<String, Pattern>> typeRules = new ArrayList<>();

    private final Pattern quotedTitle;
    private final Pattern dated;
    private final DateWords dates;

    /** Reads what documents in {@code language} say of themselves. */
    public MetadataExtractor(LanguagePack language) {
        this.quotedTitle = language.lexicon().pattern("metadata.quoted-title");
        this.dated = language.lexicon().pattern("metadata.dated");
        this.dates = new DateWords(language);
        for (TsvTable.Row row : language.table("document-types.tsv").rows()) {
            typeRules.add(Map.entry(row.require("kind"), Pattern.compile(row.require("pattern"))));
        }
    }

    public DocumentMetadata extract(DocumentAnalysis doc) {
        List<String> opening = doc.segments().paragraphs().stream().limit(OPENING)
                .map(p -> doc.text().slice(p.start(), p.end())).toList();
        String docType = docType(opening);
        return new DocumentMetadata(doc.text().docId(), doc.symbol().orElse(""), title(doc, opening, docType),
                date(opening), docType, doc.language().tag());
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
            Matcher m = quotedTitle.matcher(paragraph);
            if (m.find()) return m.group(2) == null ? m.group(1) : m.group(1) + " ; " + m.group(2);
        }
        return "";
    }

    /** A paragraph that is nothing but a date, or a date after "datée du". */
    private String date(List<String> opening) {
        for (String paragraph : opening) {
            Matcher only = dates.fullDate().matcher(paragraph.strip());
            if (only.matches()) return dates.iso(only);
            Matcher after = dated.matcher(paragraph);
            if (after.find()) {
                Matcher date = dates.fullDate().matcher(paragraph);
                if (date.find(after.end()) && date.start() == after.end()) return dates.iso(date);
            }
        }
        return "";
    }
}
