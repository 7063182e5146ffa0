package org.w3id.dkg.loader.linking;

/**
 * A curated membership: a State belongs to (or participates in) an organisation, checked
 * by hand against the organisation's own list rather than read from a report.
 *
 * @param orgKey   the organisation
 * @param stateKey the State (ISO3)
 * @param since    ISO year or date it joined
 * @param until    ISO year or date it left, or empty
 * @param source   where it was checked
 */
public record ReferenceMembership(String orgKey, String stateKey, String since, String until, String source) {}
