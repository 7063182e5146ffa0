package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.language.LanguagePack;

/**
 * Finds the dates and periods reports write, in all the forms their language uses ({@code date-forms.tsv}
 * of its pack); in French:
 * {@code le 3 juin 2013}, {@code 1er juin 2012}, {@code les 2 et 3 novembre 2017},
 * {@code 14-18 juin 2010}, {@code en septembre, octobre et novembre 2021}, {@code en octobre 2021}, {@code depuis septembre 2021},
 * {@code de 1980 à 1983}, {@code (2020-2023)}, {@code en 2020 et 2021}, {@code fin 2017},
 * {@code en 2011}, and {@code en juin} or {@code le 24 janvier} after a date of the same paragraph that gives the year. Longer forms win
 * over the shorter forms inside them; a bare number is
 * never a date (it may be a decision number), only a year after a word that makes it one.
 */
public final class DateRecogniser {
    private static final String YEAR = "(?:1[89]|20)\\d{2}";

    /** One written form: its pattern for lower-cased text, and case-insensitive for text that does not lower-case in place. */
    private record Form(Pattern lower, Pattern anyCase) {}

    private final DateWords words;
    private final List<Form> forms = new ArrayList<>();
    private final Pattern yearlessMonth;
    private final Pattern yearlessMonthAnyCase;

    /** Dates in the forms of {@code language}'s {@code date-forms.tsv}. */
    public DateRecogniser(LanguagePack language) {
        this.words = new DateWords(language);
        for (TsvTable.Row row : language.table("date-forms.tsv").rows()) {
            String regex = words.withMonths(row.require("pattern").replace("{YEAR}", YEAR));
            forms.add(new Form(Pattern.compile(regex), Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        String yearless = words.withMonths(language.lexicon().get("date.yearless"));
        yearlessMonth = Pattern.compile(yearless);
        yearlessMonthAnyCase = Pattern.compile(yearless, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The month names and full dates of the language. */
    public DateWords words() {
        return words;
    }

    /**
     * A match of a form read by its named groups: it begins at (y1|y, m1|m, d1|d) and, when a second end is
     * given, is a period to (y2|y, m2|m1|m, d2); "since" makes it open.
     */
    private DateMention read(Matcher m) {
        String begin = date(first(m, "y1", "y"), first(m, "m1", "m"), first(m, "d1", "d"));
        if (has(m, "y2") || has(m, "m2") || has(m, "d2")) {
            return range(m, begin, date(first(m, "y2", "y"), first(m, "m2", "m1", "m"), group(m, "d2")));
        }
        return has(m, "since") ? since(m, begin) : on(m, begin);
    }

    private String date(String year, String month, String day) {
        if (month == null) return year;
        if (day == null) return "%s-%02d".formatted(year, words.month(month));
        return "%s-%02d-%02d".formatted(year, words.month(month), Integer.parseInt(day));
    }

    private static String first(Matcher m, String... names) {
        for (String n : names) {
            String v = group(m, n);
            if (v != null) return v;
        }
        return null;
    }

    private static boolean has(Matcher m, String name) {
        return group(m, name) != null;
    }

    /** A named group's text, or null when the pattern has no such group or it took no part. */
    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

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
                DateMention d = read(m);
                if (found.stream().noneMatch(o -> o.start() < d.end() && d.start() < o.end())) found.add(d);
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return withYearFromContext(subject, inPlace, found);
    }

    /**
     * Months and days written without their year ("en juin", "le mardi 24 janvier", "du 17 au 28 juin", after "En
     * octobre 2021, l'Espagne a mené ...") take the
     * year of the nearest date before them in the same paragraph, not further than {@link #YEAR_REACH}
     * characters back; without such a date they are not dates.
     */
    private List<DateMention> withYearFromContext(String text, boolean lowerCased, List<DateMention> found) {
        Matcher m = (lowerCased ? yearlessMonth : yearlessMonthAnyCase).matcher(text);
        List<DateMention> added = new ArrayList<>();
        int next = 0;
        while (m.find()) {
            while (next < found.size() && found.get(next).end() <= m.start()) next++;
            if (next < found.size() && found.get(next).start() < m.end()) continue;
            if (next == 0) continue;
            DateMention anchor = found.get(next - 1);
            if (m.start() - anchor.end() > YEAR_REACH || text.substring(anchor.end(), m.start()).indexOf('\n') >= 0) continue;
            String year = (anchor.last().isEmpty() ? anchor.begin() : anchor.last()).substring(0, 4);
            String day = group(m, "d1");
            String begin = date(year, m.group("m"), day);
            added.add(group(m, "d2") == null ? on(m, begin) : range(m, begin, date(year, m.group("m"), group(m, "d2"))));
        }
        if (added.isEmpty()) return found;
        List<DateMention> all = new ArrayList<>(found);
        all.addAll(added);
        all.sort(Comparator.comparingInt(DateMention::start));
        return all;
    }

    private static final int YEAR_REACH = 300;

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
