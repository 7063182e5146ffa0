package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.recognising.FrenchDates;
import org.w3id.dkg.loader.segmenting.ReplyBlock;

/**
 * Who answered a report: each reply block whose heading names a known State or
 * organisation, with the date and original language printed under the heading.
 * A heading that names nothing known is left out rather than guessed. A respondent that
 * replies twice in one document (a report answering two resolutions) gives two facts.
 */
public final class ReplyExtractor implements FactExtractor {
    static final String RULE = "reply.heading";
    private static final Map<String, String> LANGUAGES = new HashMap<>();

    static {
        for (TsvTable.Row row : TsvTable.read("/dkg/extracting/languages.tsv").rows()) {
            LANGUAGES.put(row.require("name").toLowerCase(), row.require("code"));
        }
    }

    @Override
    public List<ReplyFact> extract(DocumentAnalysis doc) {
        List<ReplyFact> facts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Respondent respondent : doc.respondents()) {
            ReplyBlock block = respondent.block();
            String date = isoDate(block.dateText());
            String language = languageCode(block.language());
            double confidence = date.isEmpty() || language.isEmpty() ? 0.8 : 0.98;
            Evidence evidence = doc.evidence(block.headingStart(), block.headerEnd(), RULE, confidence);
            int nth = seen.merge(respondent.entity().kind() + "|" + respondent.entity().key(), 1, Integer::sum);
            facts.add(new ReplyFact(respondent.entity(), date, language, evidence, nth));
        }
        return facts;
    }

    /** Language name as printed → ISO 639-1 code, or empty when unknown. */
    public static String languageCode(String printed) {
        return LANGUAGES.getOrDefault(printed.trim().toLowerCase(), "");
    }

    private static String isoDate(String printed) {
        Matcher m = FrenchDates.FULL_DATE.matcher(printed);
        return m.find() ? FrenchDates.iso(m) : "";
    }
}
