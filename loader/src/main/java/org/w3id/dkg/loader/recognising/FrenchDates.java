package org.w3id.dkg.loader.recognising;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * Reads French dates as reports print them ({@code 31 mai 2022}, {@code 1er juin 2012})
 * into ISO 8601 ({@code 2022-05-31}). Month names come from {@code months-fr.tsv}.
 */
public final class FrenchDates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (TsvTable.Row row : TsvTable.read("/dkg/extracting/months-fr.tsv").rows()) {
            MONTHS.put(row.require("month"), Integer.parseInt(row.require("number")));
        }
    }

    /** A day-month-year date anywhere in a text: day, optional "er", month name, four-digit year. */
    public static final Pattern FULL_DATE = Pattern.compile(
            "\\b(\\d{1,2})(?:er)?\\s+(" + String.join("|", MONTHS.keySet()) + ")\\s+(\\d{4})\\b");

    /** The alternation of all month names, for building other patterns. */
    public static final String MONTH = "(?:" + String.join("|", MONTHS.keySet()) + ")";

    private FrenchDates() {}

    /** The number (1-12) of a French month name. */
    public static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase());
        if (m == null) throw new IllegalArgumentException("not a French month: " + name);
        return m;
    }

    /** The ISO date of the first full date in {@code text}, if any. */
    public static Optional<String> firstIn(CharSequence text) {
        Matcher m = FULL_DATE.matcher(text);
        return m.find() ? Optional.of(iso(m)) : Optional.empty();
    }

    /** The ISO form of a {@link #FULL_DATE} match. */
    public static String iso(Matcher fullDate) {
        int day = Integer.parseInt(fullDate.group(1));
        int month = MONTHS.get(fullDate.group(2));
        return "%s-%02d-%02d".formatted(fullDate.group(3), month, day);
    }
}
