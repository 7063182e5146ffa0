package org.w3id.dkg.loader.evaluating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactRowsTest {
    static final String DOC = "000_d03a33050df2f971";

    static Map<String, String> role(String actor, String role, String body) {
        return Map.of("doc", DOC, "actor_key", actor, "role", role, "body_key", body);
    }

    static Map<String, String> event(String key, String start) {
        return Map.of("doc", DOC, "event_key", key, "start", start);
    }

    @Test
    void aRoleInAnEventIsComparedByTheEventsDateNotByItsMintedKey() {
        // "l'Espagne a organisé un double événement en octobre 2021 à Saragosse": the fixture names
        // the event ZARAGOZA_VD99_DOUBLE_EVENT_2021, the extractor mints ZARAGOZA_DOUBLE_EVENT_2021.
        List<Map<String, String>> expected = FactRows.withEventBodiesByDate(
                List.of(role("ESP", "organiser", "ZARAGOZA_VD99_DOUBLE_EVENT_2021")),
                List.of(event("ZARAGOZA_VD99_DOUBLE_EVENT_2021", "2021-10")));
        List<Map<String, String>> extracted = FactRows.withEventBodiesByDate(
                List.of(role("ESP", "organiser", "ZARAGOZA_DOUBLE_EVENT_2021")),
                List.of(event("ZARAGOZA_DOUBLE_EVENT_2021", "2021-10")));
        assertThat(expected).extracting(r -> r.get("body_key")).containsExactly("event@2021-10");
        assertThat(extracted).isEqualTo(expected);
    }

    @Test
    void bodiesThatAreNoDatedEventKeepTheirKeys() {
        // "le Mexique préside ledit groupe de travail" (a body), "L'Espagne a ainsi organisé le
        // Dialogue méditerranéen de la jeunesse" (an event without a date)
        List<Map<String, String>> roles = List.of(role("MEX", "chair", "OAS_WG_CYBER_CBM"),
                role("ESP", "organiser", "NATO_MEDITERRANEAN_YOUTH_DIALOGUE"));
        assertThat(FactRows.withEventBodiesByDate(roles, List.of(event("NATO_MEDITERRANEAN_YOUTH_DIALOGUE", ""))))
                .extracting(r -> r.get("body_key")).containsExactly("OAS_WG_CYBER_CBM", "NATO_MEDITERRANEAN_YOUTH_DIALOGUE");
    }

    private static final org.w3id.dkg.loader.family.FactTable MENTIONS =
            new org.w3id.dkg.loader.family.FactTable("MENTIONS", "mentions.tsv", List.of("doc", "entity_kind", "key"), List.of());
    private static final org.w3id.dkg.loader.family.FactTable MEMBERSHIPS =
            new org.w3id.dkg.loader.family.FactTable("MEMBERSHIPS", "memberships.tsv", List.of("doc", "state_key", "org_key"), List.of());

    @Test
    void aMintedKeyTakesTheExpectedKeyOfTheEntityTheTextNamesTheSameWayInEveryTable() {
        // real-texts r15: the fixture keys the commission TGO_NATIONAL_SALW_COMMISSION, the recogniser mints CNLPAL
        Map<String, String> minted = Map.of("doc", "r15", "entity_kind", "Organisation", "key", "CNLPAL",
                "label_in_text", "Commission nationale togolaise des armes légères (CNLPAL)", FactRows.MINTED, "yes");
        Map<String, String> registry = Map.of("doc", "r15", "entity_kind", "State", "key", "TGO", "label_in_text", "Togo", FactRows.MINTED, "");
        Map<String, String> member = Map.of("doc", "r15", "state_key", "TGO", "org_key", "CNLPAL");
        List<Map<String, String>> expected = List.of(
                Map.of("doc", "r15", "entity_kind", "Organisation", "key", "TGO_NATIONAL_SALW_COMMISSION",
                        "label_in_text", "Commission nationale togolaise des armes légères"),
                Map.of("doc", "r15", "entity_kind", "State", "key", "TGO", "label_in_text", "Togo"));
        var rekeyed = FactRows.withMintedKeysAsExpected(
                Map.of(MENTIONS, List.of(minted, registry), MEMBERSHIPS, List.of(member)), expected);
        assertThat(rekeyed.get(MENTIONS)).extracting(r -> r.get("key")).containsExactly("TGO_NATIONAL_SALW_COMMISSION", "TGO");
        assertThat(rekeyed.get(MEMBERSHIPS)).extracting(r -> r.get("org_key")).containsExactly("TGO_NATIONAL_SALW_COMMISSION");
    }

    @Test
    void aMintedKeyWhoseNameTheFixtureDoesNotGiveKeepsItsKeyAndARegistryKeyIsNeverTaken() {
        Map<String, String> minted = Map.of("doc", "r05", "entity_kind", "Organisation", "key", "GROUPE_DE_LIMA",
                "label_in_text", "Groupe de Lima", FactRows.MINTED, "yes");
        List<Map<String, String>> expected = List.of(
                Map.of("doc", "r05", "entity_kind", "Organisation", "key", "CD", "label_in_text", "Conférence du désarmement"),
                Map.of("doc", "r05", "entity_kind", "Instrument", "key", "LIMA_GROUP", "label_in_text", "Groupe de Lima"));
        assertThat(FactRows.withMintedKeysAsExpected(Map.of(MENTIONS, List.of(minted)), expected).get(MENTIONS))
                .extracting(r -> r.get("key")).containsExactly("GROUPE_DE_LIMA"); // another kind is another entity
    }

    @Test
    void namesAreTheSameWithoutAccentsCaseArticlesApostrophesOrTheirParenthesis() {
        assertThat(FactRows.sameName("le Bureau des affaires de désarmement des Nations Unies (UNODA)",
                "Bureau des Affaires de desarmement des Nations Unies")).isTrue();
        assertThat(FactRows.sameName("Centre régional des Nations Unies pour les affaires de désarmement (ODA)", "ODA")).isTrue();
        assertThat(FactRows.sameName("l’Institut d’Etudes de Sécurité", "Institut d'Études de sécurité")).isTrue();
        assertThat(FactRows.sameName("Groupe de Lima", "Groupe de Rio")).isFalse();
        assertThat(FactRows.sameName("Comité", "Comité consultatif de la CIFTA")).isFalse();
    }
}
