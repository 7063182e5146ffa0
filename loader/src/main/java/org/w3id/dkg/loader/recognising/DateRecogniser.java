package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates and periods French reports write, in all the forms they use:
 * {@code le 3 juin 2013}, {@code 1er juin 2012}, {@code les 2 et 3 novembre 2017},
 * {@code 14-18 juin 2010}, {@code en septembre, octobre et novembre 2021}, {@code en octobre 2021}, {@code depuis septembre 2021},
 * {@code de 1980 à 1983}, {@code (2020-2023)}, {@code en 2020 et 2021}, {@code fin 2017},
 * {@code en 2011}, and {@code en juin} after a date of the same paragraph that gives the year. Longer forms win
 * over the shorter forms inside them; a bare number is
 * never a date (it may be a decision number), only a year after a word that makes it one.
 */
public final class DateRecogniser {
    private static final String DAY = "(\\d{1,2})(?:er)?";
    private static final String M = "(" + FrenchDates.MONTH + ")";
    private static final String Y = "((?:1[89]|20)\\d{2})";

    /** One written form: its pattern for lower-cased text, and case-insensitive for text that does not lower-case in place. */
    private record Form(Pattern lower, Pattern anyCase, Reader reader) {}

    @FunctionalInterface
    private interface Reader {
        DateMention read(Matcher m);
    }

    private final List<Form> forms = List.of(
            form("\\b(?:du\\s+)?" + DAY + "\\s+" + M + "\\s+au\\s+" + DAY + "\\s+" + M + "\\s+" + Y + "\\b",
                    m -> range(m, day(m.group(5), m.group(2), m.group(1)), day(m.group(5), m.group(4), m.group(3)))),
            form("\\b(?:du\\s+)?" + DAY + "\\s*(?:-|–|au|et)\\s*" + DAY + "\\s+" + M + "\\s+" + Y + "\\b",
                    m -> range(m, day(m.group(4), m.group(3), m.group(1)), day(m.group(4), m.group(3), m.group(2)))),
            form("\\b" + DAY + "\\s+" + M + "\\s+" + Y + "\\b",
                    m -> on(m, day(m.group(3), m.group(2), m.group(1)))),
            // months of one year listed ("En septembre, octobre et novembre 2021", "de mars à mai 2020"): first to last
            form("\\b(?:(?:en|de|d[’'])\\s*)?" + M + "(?:\\s*,\\s*" + FrenchDates.MONTH + ")*\\s*,?\\s+(?:et|à)\\s+" + M + "\\s+" + Y + "\\b",
                    m -> range(m, month(m.group(3), m.group(1)), month(m.group(3), m.group(2)))),
            form("\\b(?:(depuis)\\s+)?(?:(?:en|au mois d[e’']|fin|début|mi-)\\s*)?" + M + "\\s+" + Y + "\\b",
                    m -> m.group(1) != null ? since(m, month(m.group(3), m.group(2))) : on(m, month(m.group(3), m.group(2)))),
            form("\\b(?:de|entre)\\s+" + Y + "\\s+(?:à|et)\\s+" + Y + "\\b",
                    m -> range(m, m.group(1), m.group(2))),
            form("\\(" + Y + "\\s*[-–]\\s*" + Y + "\\)",
                    m -> range(m, m.group(1), m.group(2))),
            form("\\b(?:en|au cours des années)\\s+" + Y + "\\s+et\\s+" + Y + "\\b",
                    m -> range(m, m.group(1), m.group(2))),
            form("\\b(depuis|en|fin|début|courant|au début de|à la fin de|dès)\\s+(?:l[’']année\\s+)?" + Y + "\\b",
                    m -> "depuis".equals(m.group(1)) ? since(m, m.group(2)) : on(m, m.group(2))));

    /** Non-overlapping date mentions in {@code text}, sorted by start; longer forms first. */
    public List<DateMention> recognise(String text) {
        // Matching lower-cased text is several times cheaper than case-insensitive matching; French text
        // lower-cases character for character, so offsets stay those of the text.
        String lower = text.toLowerCase(Locale.ROOT);
        boolean inPlace = lower.length() == text.length();
        String subject = inPlace ? lower : text;
        List<DateMention> found = new ArrayList<>();
        for (Form form : forms) {
            Matcher m = (inPlace ? form.lower() : form.anyCase()).matcher(subject);
            while (m.find()) {
                DateMention d = form.reader().read(m);
                if (found.stream().noneMatch(o -> o.start() < d.end() && d.start() < o.end())) found.add(d);
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return withYearFromContext(subject, inPlace, found);
    }

    /**
     * Months written without their year ("en juin", after "En octobre 2021, l'Espagne a mené ...") take the
     * year of the nearest date before them in the same paragraph, not further than {@link #YEAR_REACH}
     * characters back; without such a date they are not dates.
     */
    private static List<DateMention> withYearFromContext(String text, boolean lowerCased, List<DateMention> found) {
        Matcher m = (lowerCased ? YEARLESS_MONTH : YEARLESS_MONTH_ANY_CASE).matcher(text);
        List<DateMention> added = new ArrayList<>();
        int next = 0;
        while (m.find()) {
            while (next < found.size() && found.get(next).end() <= m.start()) next++;
            if (next < found.size() && found.get(next).start() < m.end()) continue;
            if (next == 0) continue;
            DateMention anchor = found.get(next - 1);
            if (m.start() - anchor.end() > YEAR_REACH || text.substring(anchor.end(), m.start()).indexOf('\n') >= 0) continue;
            String year = (anchor.last().isEmpty() ? anchor.begin() : anchor.last()).substring(0, 4);
            added.add(on(m, month(year, m.group(1))));
        }
        if (added.isEmpty()) return found;
        List<DateMention> all = new ArrayList<>(found);
        all.addAll(added);
        all.sort(Comparator.comparingInt(DateMention::start));
        return all;
    }

    private static final int YEAR_REACH = 300;
    private static final String YEARLESS = "\\b(?:en|au mois d[e’'])\\s+" + M + "\\b(?!\\s+(?:\\d|de l[’']année))";
    private static final Pattern YEARLESS_MONTH = Pattern.compile(YEARLESS);
    private static final Pattern YEARLESS_MONTH_ANY_CASE = Pattern.compile(YEARLESS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static Form form(String regex, Reader reader) {
        return new Form(Pattern.compile(regex), Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reader);
    }

    private static String day(String year, String month, String day) {
        return "%s-%02d-%02d".formatted(year, FrenchDates.month(month), Integer.parseInt(day));
    }

    private static String month(String year, String month) {
        return "%s-%02d".formatted(year, FrenchDates.month(month));
    }

    private static DateMention on(Matcher m, String date) {
        return new DateMention(m.start(), m.end(), date, date, "on");
    }

    private static DateMention since(Matcher m, String date) {
        return new DateMention(m.start(), m.end(), date, "", "since");
    }

    private static DateMention range(Matcher m, String begin, String last) {
        return new DateMention(m.start(), m.end(), begin, last, "range");
    }
}
