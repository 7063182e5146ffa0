package org.w3id.dkg.loader.family;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of the expected-facts layout (gold/SCHEMA.md): the file it is kept in, and the columns
 * that must agree for an extracted fact to count as the expected one. Columns outside the key
 * (dates, amounts, places) are compared separately, as the agreement of the facts that matched.
 * Each fact family has one; document metadata has {@link #DOCS}.
 *
 * @param name       upper case, as reports and {@code floors.tsv} name it ({@code ROLES})
 * @param file       the TSV file of the table ({@code roles.tsv})
 * @param key        the columns that identify a fact
 * @param attributes the columns compared once a fact is matched
 */
public record FactTable(String name, String file, List<String> key, List<String> attributes) {
    public static final FactTable DOCS = new FactTable("DOCS", "docs.tsv", List.of("doc"), List.of("symbol", "date", "doc_type"));

    public FactTable {
        key = List.copyOf(key);
        attributes = List.copyOf(attributes);
    }

    /** A row of this layout from column–value pairs, in order; a null value is an empty cell. */
    public static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) row.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        return row;
    }

    /** The name in lower case ({@code instrument_actions}), as score tables print it. */
    public String label() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
