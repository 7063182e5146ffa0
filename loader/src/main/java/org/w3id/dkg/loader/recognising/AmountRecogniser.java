package org.w3id.dkg.loader.recognising;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.language.Lexicon;

/**
 * Finds sums of money: a number with a decimal comma and spaces between thousands, an
 * optional scale word and a currency ({@code 2,7 millions d’euros}, {@code 500 000 euros},
 * {@code 13,5 millions de dollars}), with the hedge before it ({@code un peu plus de}).
 * Currency names and scale words come from {@code currencies.tsv} and {@code amount-words.tsv}.
 */
public final class AmountRecogniser {
    private final Map<String, String> currencies = new LinkedHashMap<>();
    private final Map<String, BigDecimal> scales = new LinkedHashMap<>();
    private final Pattern amount;

    /** Amounts as {@code language} writes them: its lexicon's {@code amount.pattern}, currencies and scale words. */
    public AmountRecogniser(LanguagePack language) {
        for (TsvTable.Row row : language.table("currencies.tsv").rows()) {
            currencies.put(row.require("name"), row.require("code"));
        }
        for (TsvTable.Row row : language.table("amount-words.tsv").rows()) {
            scales.put(row.require("word"), new BigDecimal(row.require("factor")));
        }
        String currency = alternation(currencies.keySet());
        String scale = alternation(scales.keySet());
        Lexicon words = language.lexicon();
        amount = Pattern.compile(words.get("amount.pattern").replace("{HEDGE}", words.get("amount.hedge"))
                .replace("{SCALE}", scale).replace("{CURRENCY}", currency));
    }

    public List<AmountMention> recognise(String text) {
        List<AmountMention> found = new ArrayList<>();
        Matcher m = amount.matcher(text);
        while (m.find()) {
            String digits = m.group("int").replaceAll("[^\\d]", "") + (m.group("frac") == null ? "" : "." + m.group("frac"));
            BigDecimal value = new BigDecimal(digits);
            if (m.group("scale") != null) value = value.multiply(scales.get(m.group("scale")));
            String hedge = m.group("hedge");
            int start = hedge == null ? m.start("int") : m.start("hedge");
            found.add(new AmountMention(start, m.end(), value.stripTrailingZeros(), currencies.get(m.group("currency")),
                    hedge == null ? "" : hedge.trim()));
        }
        found.sort(Comparator.comparingInt(AmountMention::start));
        return found;
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
