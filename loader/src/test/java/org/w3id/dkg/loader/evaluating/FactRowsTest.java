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
}
