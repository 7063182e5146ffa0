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

/**
 * Finds sums of money: a number with a decimal comma and spaces between thousands, an
 * optional scale word and a currency ({@code 2,7 millions d’euros}, {@code 500 000 euros},
 * {@code 13,5 millions de dollars}), with the hedge before it ({@code un peu plus de}).
 * Currency names and scale words come from {@code currencies.tsv} and {@code amount-words.tsv}.
 */
public final class AmountRecogniser {
    private static final String HEDGE = "((?:un peu |bien |légèrement )?(?:plus|moins) de |près de |environ |quelque |au moins |jusqu[’']à |over |about |nearly )?";
    private final Map<String, String> currencies = new LinkedHashMap<>();
    private final Map<String, BigDecimal> scales = new LinkedHashMap<>();
    private final Pattern amount;

    public AmountRecogniser() {
        for (TsvTable.Row row : TsvTable.read("/dkg/recognising/currencies.tsv").rows()) {
            currencies.put(row.require("name"), row.require("code"));
        }
        for (TsvTable.Row row : TsvTable.read("/dkg/recognising/amount-words.tsv").rows()) {
            scales.put(row.require("word"), new BigDecimal(row.require("factor")));
        }
        String currency = alternation(currencies.keySet());
        String scale = alternation(scales.keySet());
        amount = Pattern.compile(HEDGE + "(\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+|\\d+)(?:,(\\d+))?\\s*(?:(" + scale
                + ")\\s+)?(?:d[’']\\s*|de\\s+)?(" + currency + ")(?![\\p{L}])");
    }

    public List<AmountMention> recognise(String text) {
        List<AmountMention> found = new ArrayList<>();
        Matcher m = amount.matcher(text);
        while (m.find()) {
            String digits = m.group(2).replaceAll("[\\u00a0\\u202f ]", "") + (m.group(3) == null ? "" : "." + m.group(3));
            BigDecimal value = new BigDecimal(digits);
            if (m.group(4) != null) value = value.multiply(scales.get(m.group(4)));
            int start = m.group(1) == null ? m.start(2) : m.start(1);
            found.add(new AmountMention(start, m.end(), value.stripTrailingZeros(), currencies.get(m.group(5)),
                    m.group(1) == null ? "" : m.group(1).trim()));
        }
        found.sort(Comparator.comparingInt(AmountMention::start));
        return found;
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
