package org.w3id.dkg.loader.recognising;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.language.LanguagePack;

/**
 * The month names of a language ({@code months.tsv}) and its full dates as reports print them
 * ({@code 31 mai 2022}, {@code 14 May 2004}: the lexicon's {@code date.full}, with named groups d, m, y),
 * read into ISO 8601.
 */
public final class DateWords {
    private final Map<String, Integer> months = new LinkedHashMap<>();
    private final String monthAlternation;
    private final Pattern fullDate;

    public DateWords(LanguagePack language) {
        for (TsvTable.Row row : language.table("months.tsv").rows()) {
            months.put(row.require("month").toLowerCase(Locale.ROOT), Integer.parseInt(row.require("number")));
        }
        monthAlternation = "(?:" + String.join("|", months.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")";
        fullDate = Pattern.compile(withMonths(language.lexicon().get("date.full")));
    }

    /** {@code regex} with {@code {MONTH}} standing for any month name. */
    public String withMonths(String regex) {
        return regex.replace("{MONTH}", monthAlternation);
    }

    /** The number (1-12) of a month name. */
    public int month(String name) {
        Integer m = months.get(name.toLowerCase(Locale.ROOT));
        if (m == null) throw new IllegalArgumentException("not a month: " + name);
        return m;
    }

    /** Full dates (day, month, year) anywhere in a text. */
    public Pattern fullDate() {
        return fullDate;
    }

    /** The ISO form of a {@link #fullDate()} match. */
    public String iso(Matcher fullDate) {
        return "%s-%02d-%02d".formatted(fullDate.group("y"), month(fullDate.group("m")), Integer.parseInt(fullDate.group("d")));
    }

    /** The ISO form of the first full date in {@code text} starting at {@code from}, if it starts there. */
    public Optional<String> isoAt(CharSequence text, int from) {
        Matcher m = fullDate.matcher(text);
        return m.find(from) && m.start() == from ? Optional.of(iso(m)) : Optional.empty();
    }
}
