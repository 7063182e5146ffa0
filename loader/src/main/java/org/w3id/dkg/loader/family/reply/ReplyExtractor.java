package org.w3id.dkg.loader.family.reply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.extracting.FactsSoFar;
import org.w3id.dkg.loader.extracting.Respondent;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.recognising.DateWords;
import org.w3id.dkg.loader.segmenting.ReplyBlock;

/**
 * Who answered a report: each reply block whose heading names a known State or
 * organisation, with the date and original language printed under the heading.
 * A heading that names nothing known is left out rather than guessed. A respondent that
 * replies twice in one document (a report answering two resolutions) gives two facts. Respondents the
 * introduction announces ("replies have been received from …") and no heading prints are added without date or
 * language ({@link AnnouncedReplies}).
 */
public final class ReplyExtractor implements FactExtractor<ReplyFact> {
    static final String RULE = "reply.heading";
    private final Map<String, String> languages = new HashMap<>();
    private final DateWords dates;
    private final AnnouncedReplies announced;

    /** Reads replies with the names of languages in {@code language} ("espagnol"). */
    public ReplyExtractor(LanguagePack language) {
        this.dates = new DateWords(language);
        this.announced = new AnnouncedReplies(language);
        for (TsvTable.Row row : TsvTable.read(language.resource("language-names.tsv")).rows()) {
            languages.put(row.require("name").toLowerCase(), row.require("code"));
        }
    }

    @Override
    public List<ReplyFact> extract(DocumentAnalysis doc, FactsSoFar before) {
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
        for (ReplyFact named : announced.extract(doc, before)) {
            if (!seen.containsKey(named.respondent().kind() + "|" + named.respondent().key())) facts.add(named);
        }
        return facts;
    }

    /** Language name as printed → ISO 639-1 code, or empty when unknown. */
    public String languageCode(String printed) {
        return languages.getOrDefault(printed.trim().toLowerCase(), "");
    }

    private String isoDate(String printed) {
        Matcher m = dates.fullDate().matcher(printed);
        return m.find() ? dates.iso(m) : "";
    }
}
