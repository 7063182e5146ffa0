package org.w3id.dkg.loader.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dkg.loader.data.CsvTable;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * Builds the States from {@code country-codes.csv} (every row with an ISO3 code and a UNTERM French short
 * name: UN members, observers and associated States), completed by {@code states-extra.tsv} (States the
 * CSV does not name in French, and Kosovo) and {@code state-aliases.tsv} (common and former names).
 * States are data that change (Türkiye, Eswatini, Czechia): keeping them in the published CSV lets a
 * curator refresh them without code.
 */
public final class StateRegistryLoader {

    static final String CSV = "/dkg/registry/country-codes.csv";
    static final String EXTRA = "/dkg/registry/states-extra.tsv";
    static final String ALIASES = "/dkg/registry/state-aliases.tsv";

    /** The loaded States and every alias of each. */
    public record Result(List<Entity> states, List<Alias> aliases) {}

    private record Draft(String iso3, Map<String, String> props, UntermName frShort, UntermName frFormal,
                         UntermName enShort, UntermName enFormal, List<UntermName> extraNames) {}

    private StateRegistryLoader() {}

    public static Result load() {
        Map<String, Map<String, String>> csvByIso3 = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(CSV).rows()) {
            String iso3 = row.getOrDefault("ISO3166-1-Alpha-3", "");
            if (!iso3.isBlank()) {
                csvByIso3.put(iso3, row);
            }
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Map<String, String> row : csvByIso3.values()) {
            String frShort = row.getOrDefault("UNTERM French Short", "");
            if (frShort.isBlank()) {
                continue;
            }
            String iso3 = row.get("ISO3166-1-Alpha-3");
            drafts.put(iso3, new Draft(iso3, codes(row), UntermName.parseShort(frShort),
                    UntermName.parseFormal(row.getOrDefault("UNTERM French Formal", "")),
                    UntermName.parseShort(row.getOrDefault("UNTERM English Short", "")),
                    UntermName.parseFormal(row.getOrDefault("UNTERM English Formal", "")), new ArrayList<>()));
        }
        for (TsvTable.Row row : TsvTable.read(EXTRA).rows()) {
            String iso3 = row.require("iso3");
            if (drafts.containsKey(iso3)) {
                throw new DataFormatException(row.where() + ": " + iso3 + " is already named by " + CSV);
            }
            Map<String, String> props = csvByIso3.containsKey(iso3) ? codes(csvByIso3.get(iso3)) : new LinkedHashMap<>();
            props.put("iso3", iso3);
            putIfPresent(props, "iso2", row.get("iso2"));
            putIfPresent(props, "geonamesId", row.get("geonames"));
            putIfPresent(props, "wikidata", row.get("wikidata"));
            drafts.put(iso3, new Draft(iso3, props, UntermName.parseShort(row.require("fr_short")),
                    UntermName.parseFormal(row.get("fr_formal")), UntermName.parseShort(row.get("en_short")),
                    UntermName.parseFormal(row.get("en_formal")), new ArrayList<>()));
        }
        for (TsvTable.Row row : TsvTable.read(ALIASES).rows()) {
            Draft d = drafts.get(row.require("iso3"));
            if (d == null) {
                throw new DataFormatException(row.where() + ": unknown State " + row.get("iso3"));
            }
            for (String a : row.require("aliases").split("\\|")) {
                d.extraNames().add(UntermName.parseShort(a));
            }
        }
        List<Entity> states = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        for (Draft d : drafts.values()) {
            Map<String, UntermName> names = new LinkedHashMap<>();
            add(names, d.frShort());
            add(names, d.frFormal());
            String inverted = d.frShort().inverted();
            if (!inverted.isEmpty()) {
                add(names, new UntermName(inverted, d.frFormal().name().equals(inverted)
                        ? d.frFormal().article() : Article.NONE));
            }
            d.extraNames().forEach(n -> add(names, n));
            add(names, d.enShort());
            add(names, d.enFormal());
            Map<String, String> props = new LinkedHashMap<>(d.props());
            putIfPresent(props, "labelFrFormal", d.frFormal().name());
            putIfPresent(props, "labelEnFormal", d.enFormal().name());
            putIfPresent(props, "article", d.frShort().article().name().toLowerCase());
            Entity e = new Entity(EntityKind.STATE, d.iso3(), d.frShort().name(), d.enShort().name(), "state", "",
                    List.copyOf(names.keySet()), Map.copyOf(props));
            states.add(e);
            names.values().forEach(n -> aliases.add(new Alias(n.name(), e, n.article(), false, false)));
        }
        return new Result(List.copyOf(states), List.copyOf(aliases));
    }

    private static void add(Map<String, UntermName> names, UntermName n) {
        if (!n.name().isBlank()) {
            names.putIfAbsent(n.name(), n);
        }
    }

    private static Map<String, String> codes(Map<String, String> row) {
        Map<String, String> p = new LinkedHashMap<>();
        putIfPresent(p, "iso2", row.get("ISO3166-1-Alpha-2"));
        putIfPresent(p, "iso3", row.get("ISO3166-1-Alpha-3"));
        putIfPresent(p, "isoNumeric", pad3(row.get("ISO3166-1-numeric")));
        putIfPresent(p, "m49", pad3(row.get("M49")));
        putIfPresent(p, "region", row.get("Region Name"));
        putIfPresent(p, "subregion", row.get("Sub-region Name"));
        putIfPresent(p, "geonamesId", row.get("Geoname ID"));
        String wd = row.getOrDefault("wikidata_id", "");
        putIfPresent(p, "wikidata", wd.substring(wd.lastIndexOf('/') + 1));
        putIfPresent(p, "independent", row.get("is_independent"));
        return p;
    }

    private static String pad3(String s) {
        if (s == null || s.isBlank() || !s.strip().matches("\\d+")) {
            return s == null ? "" : s.strip();
        }
        return String.format("%03d", Integer.parseInt(s.strip()));
    }

    private static void putIfPresent(Map<String, String> p, String k, String v) {
        if (v != null && !v.isBlank()) {
            p.put(k, v.strip());
        }
    }
}
