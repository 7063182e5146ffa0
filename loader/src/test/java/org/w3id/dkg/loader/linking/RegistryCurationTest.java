package org.w3id.dkg.loader.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.Gold;
import org.w3id.dkg.loader.data.CsvTable;

/**
 * The curated registries as a curator promises them: every key the gold tables use exists, every UN member
 * State has its French adjective, instruments carry valid dates and links, curated entries say where they come
 * from, and the catalogues are large enough to be the reference the issue asks for.
 */
class RegistryCurationTest {

    private static final EntityRegistry REGISTRY = EntityRegistry.loadDefault();

    /** Columns of each gold table that hold entity keys (space-separated lists allowed). */
    private static final Map<String, List<String>> KEY_COLUMNS = Map.of(
            "mentions.tsv", List.of("key"),
            "instrument_actions.tsv", List.of("actor_key", "instrument_key"),
            "funding.tsv", List.of("funder_key", "instrument_key", "beneficiary_key", "purpose_key"),
            "roles.tsv", List.of("actor_key", "body_key"),
            "events.tsv", List.of("organiser_keys", "participant_keys"),
            "memberships.tsv", List.of("state_key", "org_key"),
            "cbm_activities.tsv", List.of("actor_key", "counterpart_keys", "framework_key"),
            "respondents.tsv", List.of("actor_key"));

    @Test
    void everyKeyTheGoldTablesUseExists() throws IOException {
        Path gold = Gold.dir();
        Assumptions.assumeTrue(Files.isDirectory(gold), "gold tables not available: " + gold);
        Set<String> events = new HashSet<>();
        List<Path> docs;
        try (Stream<Path> s = Files.list(gold)) {
            docs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path doc : docs) {
            for (Map<String, String> row : rows(doc.resolve("events.tsv"))) {
                events.add(row.getOrDefault("event_key", ""));
            }
        }
        Map<String, Set<String>> missing = new TreeMap<>();
        int checked = 0;
        for (Path doc : docs) {
            for (Map.Entry<String, List<String>> table : KEY_COLUMNS.entrySet()) {
                for (Map<String, String> row : rows(doc.resolve(table.getKey()))) {
                    for (String column : table.getValue()) {
                        for (String key : row.getOrDefault(column, "").trim().split("\\s+")) {
                            if (key.isEmpty() || events.contains(key)) {
                                continue; // an event is a fact of its document, not a registry entity
                            }
                            checked++;
                            if (!known(key)) {
                                missing.computeIfAbsent(key, k -> new TreeSet<>())
                                        .add(doc.getFileName() + "/" + table.getKey() + ":" + column);
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(missing).as("gold keys missing from the registries").isEmpty();
    }

    private static boolean known(String key) {
        for (EntityKind kind : EntityKind.values()) {
            if (REGISTRY.find(kind, key).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static List<Map<String, String>> rows(Path tsv) throws IOException {
        if (!Files.isRegularFile(tsv)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(tsv);
        if (lines.isEmpty()) {
            return List.of();
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < Math.min(header.length, cells.length); i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void everyUnMemberStateHasAnAdjective() {
        Set<String> members = new TreeSet<>();
        for (Map<String, String> row : CsvTable.read(StateRegistryLoader.CSV).rows()) {
            // independent and named by the registry (UNTERM French short name, or states-extra.tsv for CIV, TUR)
            if ("Yes".equals(row.get("is_independent"))
                    && REGISTRY.find(EntityKind.STATE, row.getOrDefault("ISO3166-1-Alpha-3", "")).isPresent()) {
                members.add(row.get("ISO3166-1-Alpha-3"));
            }
        }
        assertThat(members).hasSizeGreaterThanOrEqualTo(193).contains("ESP", "VAT", "SSD");
        Set<String> without = new TreeSet<>(members);
        without.removeAll(REGISTRY.adjectives().states());
        assertThat(without).as("UN member States without a French adjective").isEmpty();
        assertThat(REGISTRY.adjectives().states()).contains("PSE");
    }

    @Test
    void sharedAdjectivesAreRecordedButNeverLink() {
        assertThat(REGISTRY.adjectives().sharedForms()).containsKey("congolais");
        assertThat(REGISTRY.adjectives().sharedForms().get("congolaises")).containsExactlyInAnyOrder("COG", "COD");
        assertThat(REGISTRY.adjectives().iso3("congolais")).isEmpty();
        assertThat(REGISTRY.adjectives().iso3("bahreïnienne")).contains("BHR");
        assertThat(REGISTRY.adjectives().iso3("lao")).contains("LAO");
        assertThat(REGISTRY.adjectives().iso3("sud-coréens")).contains("KOR");
    }

    @Test
    void catalogueSizes() {
        assertThat(REGISTRY.all(EntityKind.ORGANISATION)).hasSizeGreaterThanOrEqualTo(80);
        assertThat(REGISTRY.all(EntityKind.INSTRUMENT)).hasSizeGreaterThanOrEqualTo(80);
        assertThat(REGISTRY.all(EntityKind.STATE)).hasSizeGreaterThanOrEqualTo(195);
    }

    @Test
    void instrumentDatesAreIsoAndInOrder() {
        List<String> bad = new ArrayList<>();
        for (Entity e : REGISTRY.all(EntityKind.INSTRUMENT)) {
            String adopted = e.properties().getOrDefault("adopted", "");
            String inForce = e.properties().getOrDefault("entryIntoForce", "");
            for (String d : List.of(adopted, inForce)) {
                if (!d.isEmpty() && !EntityRegistry.isIsoDate(d)) {
                    bad.add(e.key() + ": " + d);
                }
            }
            if (!adopted.isEmpty() && !inForce.isEmpty() && inForce.compareTo(adopted) < 0) {
                bad.add(e.key() + ": in force " + inForce + " before adoption " + adopted);
            }
        }
        assertThat(bad).isEmpty();
        assertThat(EntityRegistry.isIsoDate("2011-02-30")).isFalse();
        assertThat(EntityRegistry.isIsoDate("2011-13")).isFalse();
        assertThat(EntityRegistry.isIsoDate("1978")).isTrue();
        assertThat(REGISTRY.find(EntityKind.INSTRUMENT, "ATT").orElseThrow().properties())
                .containsEntry("adopted", "2013-04-02").containsEntry("entryIntoForce", "2014-12-24")
                .containsEntry("depositary", "UNSG");
    }

    @Test
    void successorAndAmendsLinksNameInstrumentsWithoutCycles() {
        for (Entity e : REGISTRY.all(EntityKind.INSTRUMENT)) {
            for (String p : List.of("successor", "amends")) {
                for (String k : e.properties().getOrDefault(p, "").split("\\s+")) {
                    if (!k.isEmpty()) {
                        assertThat(REGISTRY.find(EntityKind.INSTRUMENT, k)).as(e.key() + " " + p + " " + k).isPresent();
                        assertThat(k).as(e.key() + " " + p + " itself").isNotEqualTo(e.key());
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            String k = e.key();
            while (!k.isEmpty()) {
                assertThat(seen.add(k)).as("successor cycle through " + k).isTrue();
                k = REGISTRY.find(EntityKind.INSTRUMENT, k).orElseThrow().properties().getOrDefault("successor", "");
            }
        }
        List<String> chain = new ArrayList<>();
        String k = "STOCKHOLM_DOCUMENT";
        while (!k.isEmpty()) {
            chain.add(k);
            k = REGISTRY.find(EntityKind.INSTRUMENT, k).orElseThrow().properties().getOrDefault("successor", "");
        }
        assertThat(chain).containsExactly("STOCKHOLM_DOCUMENT", "VIENNA_DOCUMENT_1990", "VIENNA_DOCUMENT_1992",
                "VIENNA_DOCUMENT_1994", "VIENNA_DOCUMENT_1999", "VIENNA_DOCUMENT_2011");
        assertThat(REGISTRY.find(EntityKind.INSTRUMENT, "CCW_AMENDED_PROTOCOL_II").orElseThrow().properties())
                .containsEntry("amends", "CCW_PROTOCOL_II");
    }

    @Test
    void curatedEntriesSayWhereTheyComeFrom() {
        // Organisations: every entry without a Wikidata id, other than the handful whose name is its own
        // source (a founding charter, an intergovernmental body everyone knows), carries a note.
        Set<String> obvious = Set.of("OIF", "UNASUR", "EU_PARLIAMENT", "ICRC", "IFRC");
        List<String> silent = new ArrayList<>();
        for (Entity e : REGISTRY.all(EntityKind.ORGANISATION)) {
            if (!e.properties().containsKey("source") && !e.properties().containsKey("wikidata")
                    && !obvious.contains(e.key())) {
                silent.add(e.key());
            }
        }
        for (Entity e : REGISTRY.all(EntityKind.INSTRUMENT)) {
            boolean dated = e.properties().containsKey("adopted");
            if (!e.properties().containsKey("source") && !dated) {
                silent.add(e.key());
            }
        }
        assertThat(silent).as("curated entries without a source note").isEmpty();
    }

    @Test
    void wellKnownAliasesNameTheirEntities() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("CEDEAO", "ECOWAS"), Map.entry("ECOWAS", "ECOWAS"), Map.entry("OEA", "OAS"),
                Map.entry("OTAN", "NATO"), Map.entry("UA", "AU"), Map.entry("ONUDC", "UNODC"),
                Map.entry("OIAC", "OPCW"), Map.entry("OMD", "WCO"), Map.entry("AIEA", "IAEA"),
                Map.entry("OTICE", "CTBTO_PREPCOM"), Map.entry("TICE", "CTBT"), Map.entry("TNP", "NPT"),
                Map.entry("Convention d'Ottawa", "APMBC"), Map.entry("Traité « Ciel ouvert »", "OPEN_SKIES"),
                Map.entry("Traité de Pelindaba", "PELINDABA"), Map.entry("Document de Vienne 1990", "VIENNA_DOCUMENT_1990"),
                Map.entry("Protocole II modifié", "CCW_AMENDED_PROTOCOL_II"),
                Map.entry("Position commune 2008/944/PESC", "EU_COMMON_POSITION_2008_944"),
                Map.entry("Protocole de Nairobi", "NAIROBI_PROTOCOL"), Map.entry("Conseil de l'Europe", "COE"));
        cases.forEach((alias, key) -> assertThat(REGISTRY.byAlias(alias)).as(alias).map(Entity::key).contains(key));
        assertThat(REGISTRY.byAlias("Protocole additionnel")).isEmpty(); // marked ambiguous
        assertThat(REGISTRY.byAlias("Déclaration de Bamako")).isEmpty(); // marked ambiguous
    }
}
