package org.w3id.dkg.loader.linking;

import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.data.DataFormatException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * French adjectives of States ({@code espagnol, espagnole, espagnols, espagnoles} → ESP), read from
 * {@code state-adjectives.tsv}. Regular inflections are derived; the file gives only irregular ones.
 * They name a State only in a governmental context, which is the recogniser's business, not this table's.
 */
public final class StateAdjectives {

    static final String RESOURCE = "/dkg/registry/state-adjectives.tsv";

    private final Map<String, String> iso3ByForm;

    private StateAdjectives(Map<String, String> iso3ByForm) {
        this.iso3ByForm = Map.copyOf(iso3ByForm);
    }

    public static StateAdjectives load() {
        Map<String, String> map = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(RESOURCE).rows()) {
            String iso3 = row.require("iso3");
            String masc = row.require("masculine");
            String fem = or(row.get("feminine"), feminine(masc));
            String mascPl = or(row.get("masculine_plural"), plural(masc));
            String femPl = or(row.get("feminine_plural"), plural(fem));
            for (String form : new String[] {masc, fem, mascPl, femPl}) {
                String previous = map.putIfAbsent(form, iso3);
                if (previous != null && !previous.equals(iso3)) {
                    throw new DataFormatException(row.where() + ": adjective '" + form + "' names both "
                            + previous + " and " + iso3);
                }
            }
        }
        return new StateAdjectives(map);
    }

    static String feminine(String masc) {
        if (masc.endsWith("e")) {
            return masc;
        }
        if (masc.endsWith("en")) {
            return masc + "ne";
        }
        return masc + "e";
    }

    static String plural(String s) {
        return s.endsWith("s") || s.endsWith("x") ? s : s + "s";
    }

    private static String or(String s, String fallback) {
        return s.isEmpty() ? fallback : s;
    }

    /** The ISO3 of the State an adjective form names (exact, lower case). */
    public Optional<String> iso3(String form) {
        return Optional.ofNullable(iso3ByForm.get(form));
    }

    /** Every form and its ISO3. */
    public Map<String, String> forms() {
        return iso3ByForm;
    }
}
