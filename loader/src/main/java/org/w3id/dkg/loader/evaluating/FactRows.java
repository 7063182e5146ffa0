package org.w3id.dkg.loader.evaluating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.family.FactFamilies;
import org.w3id.dkg.loader.family.FactTable;

/**
 * Extracted facts as rows of the expected-facts layout (gold/SCHEMA.md), so that both
 * sides of an evaluation are compared on the same columns. Each family says how its facts
 * read as rows; a fact no family claims is an error, not a silent gap in the figures.
 */
public final class FactRows {
    private FactRows() {}

    /** Rows per table for one document. */
    public static Map<FactTable, List<Map<String, String>>> of(DocumentPipeline.Facts found, FactFamilies families) {
        Map<FactTable, List<Map<String, String>>> rows = new LinkedHashMap<>();
        String doc = found.analysis().text().docId();
        var meta = found.metadata();
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("doc", doc);
        docs.put("symbol", meta.symbol());
        docs.put("date", meta.date());
        docs.put("doc_type", meta.docType());
        add(rows, FactTable.DOCS, docs);
        for (Fact fact : found.facts()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("doc", doc);
            families.row(fact).forEach((column, value) -> row.put(column, value == null ? "" : value));
            add(rows, families.of(fact).table(), row);
        }
        return rows;
    }

    /**
     * Roles whose body is an event, with that body read as the event's start date
     * ({@code event@2021-10}) instead of its key. Event keys are minted from the words of the
     * text ({@code ZARAGOZA_DOUBLE_EVENT_2021}) while a person writing a fixture names the event
     * as they know it ({@code ZARAGOZA_VD99_DOUBLE_EVENT_2021}); events themselves are compared
     * by document and start date (see the event family's table), so a role in an event is compared
     * the same way. Each side is read against its own events: the expected roles against the
     * expected events, the extracted roles against the extracted events. A body that is no event
     * of that side, or an event without a start date, keeps its key. Two events of one document
     * that start on the same date are one event to this comparison, as they are for events.
     */
    public static List<Map<String, String>> withEventBodiesByDate(List<Map<String, String>> roles,
            List<Map<String, String>> events) {
        Map<String, String> startOf = new LinkedHashMap<>();
        for (Map<String, String> e : events) {
            String key = e.getOrDefault("event_key", "").strip(), start = e.getOrDefault("start", "").strip();
            if (!key.isEmpty() && !start.isEmpty()) startOf.putIfAbsent(key, start);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> role : roles) {
            String start = startOf.get(role.getOrDefault("body_key", "").strip());
            if (start == null) {
                out.add(role);
                continue;
            }
            Map<String, String> copy = new LinkedHashMap<>(role);
            copy.put("body_key", EVENT_BODY + start);
            out.add(copy);
        }
        return out;
    }

    /** The column of a mention row that says its entity was minted from the text ({@code yes}), not taken from a registry. */
    public static final String MINTED = "minted";

    /**
     * The extracted rows of one document with each minted key replaced by the key the expected facts give the same
     * entity. A key minted from the text ({@code COMMISSION_NATIONALE_TOGOLAISE_DES_ARMES_LEGERES}, {@code CNLPAL})
     * cannot be expected to spell the key a person chose ({@code TGO_NATIONAL_SALW_COMMISSION}); as the external
     * evaluation does, a minted entity is the expected one of the same document and kind whose name in the text is
     * the same, once both are normalised ({@link #sameName}). The replacement holds for every table of the document,
     * so that a membership of a minted body is compared as the membership of the expected one. Registry keys are
     * compared as they are: a minted row never takes a key that a registry row of the document already matches.
     */
    public static Map<FactTable, List<Map<String, String>>> withMintedKeysAsExpected(
            Map<FactTable, List<Map<String, String>>> found, List<Map<String, String>> expectedMentions) {
        List<Map<String, String>> mentions = found.entrySet().stream().filter(e -> e.getKey().name().equals("MENTIONS"))
                .findFirst().map(Map.Entry::getValue).orElse(List.of());
        java.util.Set<String> registryKeys = new java.util.HashSet<>();
        for (Map<String, String> m : mentions) if (!"yes".equals(m.get(MINTED))) registryKeys.add(m.get("entity_kind") + "|" + m.get("key"));
        Map<String, String> renamed = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Map<String, String> m : mentions) {
            if (!"yes".equals(m.get(MINTED))) continue;
            for (Map<String, String> want : expectedMentions) {
                String kind = want.getOrDefault("entity_kind", "").strip(), key = want.getOrDefault("key", "").strip();
                if (!kind.equals(m.get("entity_kind")) || registryKeys.contains(kind + "|" + key) || used.contains(kind + "|" + key)) continue;
                if (sameName(want.getOrDefault("label_in_text", ""), m.getOrDefault("label_in_text", ""))) {
                    renamed.put(m.get("key"), key);
                    used.add(kind + "|" + key);
                    break;
                }
            }
        }
        if (renamed.isEmpty()) return found;
        Map<FactTable, List<Map<String, String>>> out = new LinkedHashMap<>();
        found.forEach((table, rows) -> out.put(table, rows.stream().map(r -> rekeyed(r, renamed)).toList()));
        return out;
    }

    private static Map<String, String> rekeyed(Map<String, String> row, Map<String, String> renamed) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.replaceAll((column, value) -> {
            if (value == null || !(column.equals("key") || column.endsWith("_key") || column.endsWith("_keys"))) return value;
            StringBuilder sb = new StringBuilder();
            for (String k : value.split(" ", -1)) sb.append(sb.isEmpty() ? "" : " ").append(renamed.getOrDefault(k, k));
            return sb.toString();
        });
        return copy;
    }

    /**
     * Whether two names in a text are the same name: compared without accents, case, apostrophes, punctuation and
     * a leading article, and either whole or without a final parenthesis; or the parenthesised acronyms agree
     * ({@code Bureau des affaires de désarmement (UNODA)} and {@code Bureau des affaires de désarmement}).
     */
    public static boolean sameName(String a, String b) {
        java.util.Set<String> va = nameForms(a), vb = nameForms(b);
        va.retainAll(vb);
        return !va.isEmpty();
    }

    private static java.util.Set<String> nameForms(String name) {
        java.util.Set<String> forms = new java.util.HashSet<>();
        java.util.regex.Matcher paren = FINAL_PARENTHESIS.matcher(name.strip());
        forms.add(normalName(name));
        if (paren.find()) {
            forms.add(normalName(name.strip().substring(0, paren.start())));
            forms.add(normalName(paren.group(1)));
        }
        forms.remove("");
        return forms;
    }

    private static final java.util.regex.Pattern FINAL_PARENTHESIS = java.util.regex.Pattern.compile("\\(([^()]+)\\)\\s*$");
    private static final java.util.regex.Pattern LEADING_ARTICLE =
            java.util.regex.Pattern.compile("^(?:(?:le|la|les|l|the|de|du|des|d) )+");

    private static String normalName(String s) {
        String folded = java.text.Normalizer.normalize(s.replace("Œ", "OE").replace("œ", "oe"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        folded = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return LEADING_ARTICLE.matcher(folded).replaceAll("");
    }

    /** The prefix of a role's body read as an event's start date. */
    public static final String EVENT_BODY = "event@";

    private static void add(Map<FactTable, List<Map<String, String>>> rows, FactTable type, Map<String, String> row) {
        rows.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
    }
}
