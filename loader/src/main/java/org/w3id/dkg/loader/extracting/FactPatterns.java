package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

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
 * <tr><td>{@code {PREP}}</td><td>an optional preposition with its article ("à la", "du", "aux"), for tokens
 *     that did not take it in</td></tr>
 * </table>
 *
 * Patterns are case-insensitive for the words; the tokens make them independent of how a
 * name is spelt, so that one rule fires on every paraphrase with other names and dates.
 */
public final class FactPatterns {
    private static final Map<String, String> MACROS = new LinkedHashMap<>();

    static {
        String state = "⟦[SR]\\d+⟧", org = "⟦O\\d+⟧", instrument = "⟦I\\d+⟧", actor = "⟦[SOGR]\\d+⟧";
        MACROS.put("{STATES}", list(state));
        MACROS.put("{ORGS}", list(org));
        MACROS.put("{ACTORS}", list(actor));
        MACROS.put("{INSTRUMENTS}", list(instrument));
        MACROS.put("{STATE}", state);
        MACROS.put("{ORG}", org);
        MACROS.put("{INSTRUMENT}", instrument);
        MACROS.put("{GROUP}", "⟦G\\d+⟧");
        MACROS.put("{ACTOR}", actor);
        MACROS.put("{DATE}", "⟦D\\d+⟧");
        MACROS.put("{AMOUNT}", "⟦A\\d+⟧");
        MACROS.put("{GAP}", "[^⟦.;]{0,80}?");
        MACROS.put("{ANY}", "[^.;]{0,300}?");
        MACROS.put("{PREP}", "(?:(?:à la|à l[’']|au|aux|à|de la|de l[’']|du|des|de|d[’'])\\s*)?");
    }

    private FactPatterns() {}

    /** The rules of one family, in file order. */
    public static List<FactPattern> load(String resource) {
        List<FactPattern> patterns = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(resource).rows()) {
            String source = row.require("pattern");
            try {
                Pattern regex = Pattern.compile(expand(source), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                patterns.add(new FactPattern(row.require("id"), regex, Double.parseDouble(row.require("confidence")), row,
                        RulePrefilter.of(source)));
            } catch (PatternSyntaxException | NumberFormatException e) {
                throw new DataFormatException(row.where() + ": bad rule " + row.get("id") + ": " + e.getMessage(), e);
            }
        }
        return patterns;
    }

    /** The regular expression a rule's pattern stands for. */
    public static String expand(String pattern) {
        String regex = pattern;
        for (Map.Entry<String, String> macro : MACROS.entrySet()) regex = regex.replace(macro.getKey(), macro.getValue());
        return regex;
    }

    /**
     * A coordination list: items separated by commas and a final conjunction; an item may be
     * followed by its acronym in parentheses ({@code ⟦O1⟧ (⟦O2⟧)}), and items after the first may
     * carry an article the recogniser left out ({@code ⟦I1⟧, ⟦I2⟧ et la ⟦I3⟧}).
     */
    private static String list(String item) {
        String one = item + "(?:\\s*\\(" + item + "\\))?";
        String next = "(?:(?:la|le|les)\\s+|l[’'])?" + one;
        return one + "(?:\\s*,\\s*" + next + ")*(?:\\s*,?\\s*(?:(?:et|ainsi que|and|or|ou(?: encore)?|et enfin)\\s+|ainsi qu[’']\\s*)" + next + ")?";
    }
}
