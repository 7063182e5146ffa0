package org.w3id.dkg.loader.evaluating;

import java.util.List;

/**
 * The fact types of the expected-facts layout (gold/SCHEMA.md): the file each is kept in,
 * and the columns that must agree for an extracted fact to count as the expected one.
 * Columns outside the key (dates, amounts, places) are compared separately, as the
 * agreement of the facts that matched.
 */
public enum FactType {
    DOCS("docs.tsv", List.of("doc"), List.of("symbol", "date", "doc_type")),
    RESPONDENTS("respondents.tsv", List.of("doc", "actor_key"), List.of("reply_date", "original_language")),
    MENTIONS("mentions.tsv", List.of("doc", "entity_kind", "key"), List.of()),
    MEMBERSHIPS("memberships.tsv", List.of("doc", "state_key", "org_key"), List.of("since", "until")),
    INSTRUMENT_ACTIONS("instrument_actions.tsv", List.of("doc", "actor_key", "instrument_key", "action"), List.of("date")),
    FUNDING("funding.tsv", List.of("doc", "funder_key", "instrument_key", "beneficiary_key"),
            List.of("decision_date", "amount", "currency", "purpose_key")),
    CBM_ACTIVITIES("cbm_activities.tsv", List.of("doc", "actor_key", "activity_type", "counterpart_keys"),
            List.of("framework_key", "date")),
    ROLES("roles.tsv", List.of("doc", "actor_key", "role", "body_key"), List.of()),
    CITATIONS("citations.tsv", List.of("doc", "cited_symbol"), List.of()),
    EVENTS("events.tsv", List.of("doc", "start"), List.of("end", "event_key"));

    private final String file;
    private final List<String> key;
    private final List<String> attributes;

    FactType(String file, List<String> key, List<String> attributes) {
        this.file = file;
        this.key = key;
        this.attributes = attributes;
    }

    public String file() {
        return file;
    }

    public List<String> key() {
        return key;
    }

    public List<String> attributes() {
        return attributes;
    }
}
