package org.w3id.dkg.loader.linking;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * French adjectives of States ({@code espagnol, espagnole, espagnols, espagnoles} → ESP), read from
 * {@code state-adjectives.tsv}. Regular inflections are derived; the file gives only irregular ones.
 * They name a State only in a governmental context, which is the recogniser's business, not this table's.
 * A form two States share ({@code congolais}: Congo and Democratic Republic of the Congo) is recorded with
 * status {@code shared} so that the table stays complete, but is never returned by {@link #iso3(String)}:
 * linking it would be a guess.
 */
public final class StateAdjectives {

    static final String RESOURCE = "/dkg/registry/state-adjectives.tsv";

    private final Map<String, String> iso3ByForm;
    private final Map<String, Set<String>> shared;

    private StateAdjectives(Map<String, String> iso3ByForm, Map<String, Set<String>> shared) {
        this.iso3ByForm = Map.copyOf(iso3ByForm);
        Map<String, Set<String>> copy = new HashMap<>();
        shared.forEach((f, s) -> copy.put(f, Set.copyOf(s)));
        this.shared = Map.copyOf(copy);
    }

    public static StateAdjectives load() {
        Map<String, String> map = new HashMap<>();
        Map<String, Set<String>> shared = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(RESOURCE).rows()) {
            String iso3 = row.require("iso3");
            String masc = row.require("masculine");
            String fem = or(row.get("feminine"), feminine(masc));
            String mascPl = or(row.get("masculine_plural"), plural(masc));
            String femPl = or(row.get("feminine_plural"), plural(fem));
            String status = row.get("status");
            if (!status.isEmpty() && !status.equals("shared")) {
                throw new DataFormatException(row.where() + ": status must be empty or 'shared', got " + status);
            }
            if (status.equals("shared")) {
                for (String form : new String[] {masc, fem, mascPl, femPl}) {
                    shared.computeIfAbsent(form, k -> new TreeSet<>()).add(iso3);
                }
                continue;
            }
            for (String form : new String[] {masc, fem, mascPl, femPl}) {
                String previous = map.putIfAbsent(form, iso3);
                if (previous != null && !previous.equals(iso3)) {
                    throw new DataFormatException(row.where() + ": adjective '" + form + "' names both "
                            + previous + " and " + iso3);
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : shared.entrySet()) {
            if (map.containsKey(e.getKey())) {
                throw new DataFormatException(RESOURCE + ": adjective '" + e.getKey() + "' is both shared by "
                        + e.getValue() + " and linked to " + map.get(e.getKey()));
            }
            if (e.getValue().size() < 2) {
                throw new DataFormatException(RESOURCE + ": adjective '" + e.getKey() + "' is marked shared but only "
                        + e.getValue() + " has it");
            }
        }
        return new StateAdjectives(map, shared);
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

    /** Every linkable form and its ISO3. */
    public Map<String, String> forms() {
        return iso3ByForm;
    }

    /** Forms recorded as shared by several States (never linked), with those States. */
    public Map<String, Set<String>> sharedForms() {
        return shared;
    }

    /** Every State the table gives an adjective for, linkable or shared. */
    public Set<String> states() {
        Set<String> all = new TreeSet<>(iso3ByForm.values());
        shared.values().forEach(all::addAll);
        return all;
    }
}
