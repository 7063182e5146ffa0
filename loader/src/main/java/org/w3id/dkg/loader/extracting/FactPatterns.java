package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.language.Lexicon;

/**
 * Reads a family of extraction rules from a TSV resource (columns {@code id},
 * {@code confidence}, {@code pattern}, plus the family's own) and expands the macros that
 * let rules be written over tokens rather than raw text:
 *
 * <table>
 * <tr><td>{@code {STATE} {ORG} {INSTRUMENT} {GROUP} {DATE} {AMOUNT}}</td><td>one token of that kind</td></tr>
 * <tr><td>{@code {ACTOR}}</td><td>a State, organisation, group or the respondent ("Elle")</td></tr>
 * <tr><td>{@code {STATES} {ACTORS} {INSTRUMENTS} {ORGS}}</td><td>a coordination list of such tokens
 *     ({@code ⟦S1⟧, ⟦S2⟧ et ⟦S3⟧})</td></tr>
 * <tr><td>{@code {GAP}}</td><td>a few words without tokens or sentence punctuation (lazy)</td></tr>
 * <tr><td>{@code {ANY}}</td><td>anything short of a sentence end, tokens included (lazy)</td></tr>
 * <tr><td>{@code {TEXT}}</td><td>one character of plain text: no token, no sentence punctuation, except the dot of
 *     an initial or title ("S.E. l'Ambassadeur", "M. X"), so that a span of words may hold a person's name</td></tr>
 * <tr><td>{@code {COLON}}</td><td>a colon that opens a list, with the line break and bullet of its first item</td></tr>
 * <tr><td>{@code {MEETING}}</td><td>a noun naming a meeting, workshop, training or ceremony: the language's
 *     {@code rules.meeting}, where the pack has it</td></tr>
 * <tr><td>{@code {PREP}}</td><td>an optional preposition with its article ("à la", "du", "aux"), for tokens
 *     that did not take it in: the language's {@code rules.prep}</td></tr>
 * </table>
 *
 * Patterns are case-insensitive for the words; the tokens make them independent of how a
 * name is spelt, so that one rule fires on every paraphrase with other names and dates.
 */
public final class FactPatterns {
    /** The macros of each language, built once: the token macros are the same, {PREP} and lists are the language's. */
    private static final Map<String, Map<String, String>> MACROS = new ConcurrentHashMap<>();

    /** Between items of a list: a comma or a semicolon, or a line break with the bullet of the next item. */
    private static final String SEPARATOR = "(?:\\s*[,;]\\s*|\\s*\\n[\\s•·▪*\\-–]*)";

    private FactPatterns() {}

    private static Map<String, String> macros(LanguagePack language) {
        return MACROS.computeIfAbsent(language.tag(), tag -> {
            Lexicon words = language.lexicon();
            Map<String, String> macros = new LinkedHashMap<>();
            TokenKind.listMacros().forEach((list, item) -> macros.put("{" + list + "}",
                    list(TokenKind.markPattern(TokenKind.singleMacros().get(item)), words)));
            TokenKind.singleMacros().forEach((macro, kinds) -> macros.put("{" + macro + "}", TokenKind.markPattern(kinds)));
            macros.put("{GAP}", "[^" + TokenKind.OPEN + ".;]{0,80}?");
            macros.put("{ANY}", "[^.;]{0,300}?");
            macros.put("{COLON}", ":[\\s•·▪*\\-–]*");
            macros.put("{TEXT}", "(?:[^" + TokenKind.OPEN + ".;]|(?<=(?<![\\p{L}])\\p{Lu})\\.)");
            macros.put("{PREP}", words.get("rules.prep"));
            words.find("rules.meeting").ifPresent(meeting -> macros.put("{MEETING}", meeting));
            return macros;
        });
    }

    /** The rules of one family in one language, in file order. */
    public static List<FactPattern> load(LanguagePack language, String resource) {
        List<FactPattern> patterns = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(resource).rows()) patterns.add(compile(language, row, row.require("pattern")));
        return patterns;
    }

    /**
     * Rules made from a grammar: each template of {@code templates} (columns {@code id}, {@code confidence},
     * {@code pattern} and the family's own) written with slots such as {@code {ACTIVE}} or {@code {NOUN}}, filled
     * with the forms of each predicate of {@code predicates} (a column per slot, forms separated by |, plus the
     * columns the predicate gives its facts, e.g. {@code action}). One template thus covers a construction —
     * active voice, passive, nominalisation, deposit of an instrument — for every predicate that has the forms it
     * needs, and one predicate row brings a new verb to every construction. {@code {OTHER_ACTIVE}} stands for the
     * active form of any predicate (for coordinations: "ont signé et ratifié").
     */
    public static List<FactPattern> grammar(LanguagePack language, String templates, String predicates) {
        List<TsvTable.Row> lexicon = TsvTable.read(predicates).rows();
        java.util.Set<String> slots = new java.util.TreeSet<>();
        lexicon.forEach(p -> p.values().keySet().stream().filter(k -> k.equals(k.toUpperCase(java.util.Locale.ROOT))).forEach(slots::add));
        String anyActive = lexicon.stream().map(p -> p.get("ACTIVE")).filter(v -> !v.isEmpty())
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
        List<FactPattern> patterns = new ArrayList<>();
        for (TsvTable.Row template : TsvTable.read(templates).rows()) {
            String source = template.require("pattern").replace("{OTHER_ACTIVE}", anyActive);
            for (TsvTable.Row predicate : lexicon) {
                String filled = source;
                boolean complete = true;
                for (String slot : predicate.values().keySet()) {
                    if (!slot.equals(slot.toUpperCase(java.util.Locale.ROOT)) || !filled.contains("{" + slot + "}")) continue;
                    String forms = predicate.get(slot);
                    if (forms.isEmpty()) complete = false;
                    filled = filled.replace("{" + slot + "}", "(?:" + forms + ")");
                }
                String unfilled = filled;
                if (!complete || slots.stream().anyMatch(slot -> unfilled.contains("{" + slot + "}"))) continue;
                Map<String, String> values = new LinkedHashMap<>(template.values());
                predicate.values().forEach((k, v) -> {
                    if (!k.equals(k.toUpperCase(java.util.Locale.ROOT))) values.put(k, v);
                });
                values.put("id", template.require("id") + "." + predicate.require("action"));
                values.put("pattern", filled);
                patterns.add(compile(language, new TsvTable.Row(template.source(), template.line(), values), filled));
            }
        }
        return patterns;
    }

    private static FactPattern compile(LanguagePack language, TsvTable.Row row, String source) {
        try {
            Pattern regex = Pattern.compile(expand(language, source), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new FactPattern(row.require("id"), regex, Double.parseDouble(row.require("confidence")), row,
                    RulePrefilter.of(source));
        } catch (PatternSyntaxException | NumberFormatException e) {
            throw new DataFormatException(row.where() + ": bad rule " + row.get("id") + ": " + e.getMessage(), e);
        }
    }

    /** The regular expression a rule's pattern stands for in {@code language}. */
    public static String expand(LanguagePack language, String pattern) {
        String regex = pattern;
        for (Map.Entry<String, String> macro : macros(language).entrySet()) regex = regex.replace(macro.getKey(), macro.getValue());
        return regex;
    }

    /**
     * A coordination list: items separated by commas, semicolons or line breaks with bullets, and a final conjunction of
     * the language; an item may be
     * followed by its acronym in parentheses ({@code ⟦O1⟧ (⟦O2⟧)}), and items after the first may
     * carry an article the recogniser left out ({@code ⟦I1⟧, ⟦I2⟧ et la ⟦I3⟧}).
     */
    private static String list(String item, Lexicon words) {
        String one = item + "(?:\\s*\\(" + item + "\\))?";
        String next = words.get("rules.list-article") + one;
        return one + "(?:" + SEPARATOR + next + ")*(?:(?:" + SEPARATOR + "|\\s*,?\\s*)" + words.get("rules.list-conjunction") + next + ")?";
    }
}
