package org.w3id.dkg.loader.language.fr;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinals written out in French names of meetings: "septième réunion biennale" (7), "soixante-dix-septième
 * session" (77), "trentième réunion" (30), "première conférence" (1). Compounds follow French number grammar,
 * which a word list cannot express.
 */
final class FrenchOrdinals {
    private static final Map<String, Integer> UNITS = new LinkedHashMap<>();
    private static final Map<String, Integer> ROUND = Map.of("dix", 10, "onz", 11, "douz", 12, "vingt", 20,
            "trent", 30, "quarant", 40, "cinquant", 50, "soixant", 60);
    private static final Map<String, Integer> TENS = Map.of("vingt", 20, "trente", 30, "quarante", 40, "cinquante", 50,
            "soixante", 60, "soixante-dix", 70, "quatre-vingt", 80, "quatre-vingt-dix", 90);
    private static final Pattern UNIT = Pattern.compile(
            "\\b(premi|deuxi|troisi|quatri|cinqui|sixi|septi|huiti|neuvi)[eè]mes?\\b|\\b(premier|première)\\b");
    private static final Pattern ROUND_ORDINAL = Pattern.compile("(?<![\\p{L}-])(" + String.join("|", ROUND.keySet()) + ")ième");
    private static final Pattern COMPOUND = Pattern.compile(
            "(soixante-dix|quatre-vingt-dix|soixante|cinquante|quarante|trente|vingt|quatre-vingt)(?:-et-un|-)?\\p{L}*ième");

    static {
        String[] units = {"", "premi", "deuxi", "troisi", "quatri", "cinqui", "sixi", "septi", "huiti", "neuvi"};
        for (int i = 1; i < units.length; i++) UNITS.put(units[i], i);
    }

    private FrenchOrdinals() {}

    static Integer in(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        Matcher m = UNIT.matcher(l);
        if (!m.find()) {
            // a round ordinal without a unit ("trentième réunion ministérielle", "dixième session")
            Matcher round = ROUND_ORDINAL.matcher(l);
            return round.find() ? ROUND.get(round.group(1)) : null;
        }
        if (m.group(2) != null) return 1;
        int unit = UNITS.get(m.group(1));
        // compound ordinals of sessions ("soixante-dix-septième")
        Matcher c = COMPOUND.matcher(l);
        if (!c.find()) return unit;
        int base = TENS.get(c.group(1));
        String rest = c.group().substring(c.group(1).length()).replaceFirst("^-(et-)?", "");
        int add = 0;
        for (Map.Entry<String, Integer> o : UNITS.entrySet()) if (rest.startsWith(o.getKey())) add = o.getValue();
        if (rest.startsWith("dix")) add = 10 + (rest.startsWith("dix-") ? UNITS.entrySet().stream()
                .filter(o -> rest.substring(4).startsWith(o.getKey())).map(Map.Entry::getValue).findFirst().orElse(0) : 0);
        if (rest.startsWith("onzi")) add = 11;
        if (rest.startsWith("unième") || rest.startsWith("un")) add = Math.max(add, 1);
        return base + add;
    }
}
