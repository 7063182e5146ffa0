package org.w3id.dkg.loader.linking;

import java.util.List;
import java.util.Map;

/**
 * One entry of a registry: a State, an organisation, an instrument or a group, with the
 * names text uses for it.
 *
 * @param kind        what it is
 * @param key         its {@code skos:notation} (ISO3 for States, see design.md)
 * @param labelFr     preferred French label (without article), may be empty
 * @param labelEn     preferred English label, may be empty
 * @param subKind     finer kind where the registry gives one (e.g. {@code treaty}, {@code regional}), or empty
 * @param parentKey   key of the organisation it is part of, or empty
 * @param aliases     every surface form recognition should find, French and English
 * @param properties  extra attributes from the registry (ISO codes, M49, GeoNames id, Wikidata id, dates ...)
 */
public record Entity(EntityKind kind, String key, String labelFr, String labelEn, String subKind, String parentKey,
                     List<String> aliases, Map<String, String> properties) {}
