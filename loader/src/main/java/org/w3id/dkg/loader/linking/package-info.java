/**
 * The registries: every State, organisation, instrument and group dkg can link text to, with names in French and English, the rules that make numbered acts (resolutions, Council decisions) from their numbers, the bodies that adopt them, and curated reference memberships — all read from data files under {@code /dkg/registry/} — and the keys of the entities a text names that no registry lists ({@link org.w3id.dkg.loader.linking.MintedEntities}).
 */
package org.w3id.dkg.loader.linking;
