package org.w3id.dkg.loader.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.recognising.FoldedText;

class EntityRegistryTest {

    private static final EntityRegistry REGISTRY = EntityRegistry.loadDefault();

    @Test
    void keysAreUniquePerKind() {
        for (EntityKind kind : EntityKind.values()) {
            List<String> keys = REGISTRY.all(kind).stream().map(Entity::key).toList();
            assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
        }
    }

    @Test
    void noUnmarkedAliasNamesTwoEntities() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Alias a : REGISTRY.aliases()) {
            if (!a.ambiguous()) {
                owners.computeIfAbsent(FoldedText.fold(a.text()), k -> new HashSet<>())
                        .add(a.entity().kind() + "/" + a.entity().key());
            }
        }
        assertThat(owners.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
    }

    @Test
    void statesCarryCodesAndLinks() {
        Entity esp = REGISTRY.find(EntityKind.STATE, "ESP").orElseThrow();
        assertThat(esp.labelFr()).isEqualTo("Espagne");
        assertThat(esp.labelEn()).isEqualTo("Spain");
        assertThat(esp.properties()).containsEntry("iso2", "ES").containsEntry("iso3", "ESP")
                .containsEntry("isoNumeric", "724").containsEntry("m49", "724")
                .containsEntry("region", "Europe").containsEntry("subregion", "Southern Europe")
                .containsEntry("geonamesId", "2510769").containsEntry("wikidata", "Q29")
                .containsEntry("labelFrFormal", "Royaume d'Espagne").containsKey("labelEnFormal");
        assertThat(esp.aliases()).contains("Espagne", "Royaume d'Espagne", "Spain", "Kingdom of Spain");
        assertThat(REGISTRY.find(EntityKind.STATE, "AFG").orElseThrow().properties()).containsEntry("m49", "004");
        assertThat(REGISTRY.find(EntityKind.STATE, "XKX")).isPresent();
        assertThat(REGISTRY.find(EntityKind.STATE, "CIV").orElseThrow().labelFr()).isEqualTo("Côte d'Ivoire");
        assertThat(REGISTRY.find(EntityKind.STATE, "TUR")).isPresent();
        assertThat(REGISTRY.find(EntityKind.STATE, "VAT")).isPresent();
        assertThat(REGISTRY.find(EntityKind.STATE, "PSE")).isPresent();
        assertThat(REGISTRY.all(EntityKind.STATE)).hasSizeGreaterThanOrEqualTo(195);
        assertThat(REGISTRY.all(EntityKind.STATE)).allSatisfy(s ->
                assertThat(s.properties().getOrDefault("wikidata", "Q1")).matches("Q\\d+"));
    }

    @Test
    void requiredOrganisationsAndInstrumentsAreListed() {
        for (String key : List.of("UN", "UNGA", "UNSC", "UNSG", "UNGA_C1", "CD", "UNDC", "ICJ", "UNODA", "UNIDIR",
                "UNODC", "UNDP", "UNICEF", "WHO", "UNREC", "UNLIREC", "UNRCPD", "UNICRI", "UNMAS", "DPO", "DPPA",
                "OHCHR", "UNOCT", "CTED", "UNSC_1540_COMMITTEE", "OSCE", "EU", "NATO", "OAS", "IADB", "ECOWAS",
                "AU", "ECCAS", "SADC", "LAS", "ASEAN", "CELAC", "SICA", "CARICOM", "OPCW", "IAEA", "CTBTO_PREPCOM",
                "INTERPOL", "WCO", "EUROPOL", "WEU", "SEESAC", "RCC")) {
            assertThat(REGISTRY.find(EntityKind.ORGANISATION, key)).as(key).isPresent();
        }
        for (String key : List.of("ATT", "CCW", "CCM", "FIREARMS_PROTOCOL", "UNTOC", "POA_SALW", "ITI",
                "VIENNA_DOCUMENT_1999", "VIENNA_DOCUMENT_2011", "OPEN_SKIES", "CFE", "TLATELOLCO", "APMBC", "CWC",
                "BWC", "CTBT", "NPT", "HCOC", "UN_CHARTER", "ECOWAS_SALW_CONVENTION", "KINSHASA_CONVENTION",
                "OSCE_CODE_OF_CONDUCT", "OSCE_SALW_DOCUMENT", "HELSINKI_FINAL_ACT")) {
            assertThat(REGISTRY.find(EntityKind.INSTRUMENT, key)).as(key).isPresent();
        }
    }

    @Test
    void byAliasFindsExactNamesWhateverTheApostrophe() {
        assertThat(REGISTRY.byAlias("Organisation des Nations Unies")).map(Entity::key).contains("UN");
        assertThat(REGISTRY.byAlias("ONU")).map(Entity::key).contains("UN");
        assertThat(REGISTRY.byAlias("Assemblée générale")).map(Entity::key).contains("UNGA");
        assertThat(REGISTRY.byAlias("Secrétaire général")).map(Entity::key).contains("UNSG");
        assertThat(REGISTRY.byAlias("Junta interaméricaine de défense")).map(Entity::key).contains("IADB");
        assertThat(REGISTRY.byAlias("Convention d’Ottawa")).map(Entity::key).contains("APMBC");
        assertThat(REGISTRY.byAlias("Traité « Ciel ouvert »")).map(Entity::key).contains("OPEN_SKIES");
        assertThat(REGISTRY.byAlias("Union")).isEmpty();
        assertThat(REGISTRY.byAlias("Conseil permanent")).isEmpty(); // marked ambiguous
    }

    @Test
    void patternKeysRebuildTheirEntities() {
        Entity res = REGISTRY.find(EntityKind.INSTRUMENT, "UNGA_RES_76_43").orElseThrow();
        assertThat(res.labelFr()).isEqualTo("résolution 76/43");
        assertThat(res.subKind()).isEqualTo("resolution");
        Entity dec = REGISTRY.find(EntityKind.INSTRUMENT, "EU_DECISION_2019_2108").orElseThrow();
        assertThat(dec.labelEn()).isEqualTo("Council Decision (CFSP) 2019/2108");
        assertThat(dec.subKind()).isEqualTo("council_decision");
        assertThat(REGISTRY.find(EntityKind.INSTRUMENT, "UNSCR_1540")).map(Entity::subKind).contains("resolution");
        assertThat(REGISTRY.find(EntityKind.INSTRUMENT, "NO_SUCH_THING")).isEmpty();
    }
}
