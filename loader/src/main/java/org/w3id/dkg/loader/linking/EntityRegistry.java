package org.w3id.dkg.loader.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * Every entity dkg can link text to — States, organisations, instruments — with their names, loaded from
 * data files under {@code /dkg/registry/} on the class path, plus the rules that make resolutions and EU
 * Council decisions from their numbers. It is immutable, so one registry (and the recogniser built on it)
 * serves every document and thread.
 */
public final class EntityRegistry {

    private static final String ORGANISATIONS = "/dkg/registry/organisations.tsv";
    private static final String INSTRUMENTS = "/dkg/registry/instruments.tsv";
    private static final String NON_NAMES = "/dkg/registry/non-names.tsv";
    private static final String GROUPS = "/dkg/registry/groups.tsv";
    private static final String ADOPTING_BODIES = "/dkg/registry/adopting-bodies.tsv";
    private static final String MEMBER_STATES = "_MEMBER_STATES";

    private final Map<EntityKind, Map<String, Entity>> byKey;
    private final List<Alias> aliases;
    private final AliasIndex aliasIndex;
    private final List<PatternRule> patterns;
    private final StateAdjectives adjectives;
    private final List<String> nonNames;
    private final Map<String, String[]> groupLabels = new LinkedHashMap<>();
    private final Map<String, String> adoptingBodies = new LinkedHashMap<>();
    private final Map<String, String> funders = new LinkedHashMap<>();

    private EntityRegistry(Map<EntityKind, Map<String, Entity>> byKey, List<Alias> aliases,
                           List<PatternRule> patterns, StateAdjectives adjectives, List<String> nonNames) {
        this.nonNames = List.copyOf(nonNames);
        for (TsvTable.Row row : TsvTable.read(GROUPS).rows()) {
            groupLabels.put(row.require("suffix"), new String[] {row.require("label_fr"), row.require("label_en")});
        }
        if (!groupLabels.containsKey(MEMBER_STATES)) throw new DataFormatException(GROUPS + ": no row for " + MEMBER_STATES);
        for (TsvTable.Row row : TsvTable.read(ADOPTING_BODIES).rows()) {
            String body = row.require("body");
            if (!byKey.get(EntityKind.ORGANISATION).containsKey(body)) {
                throw new DataFormatException(row.where() + ": unknown organisation " + body);
            }
            adoptingBodies.put(row.require("key_prefix"), body);
            String funder = row.get("funder");
            if (!funder.isEmpty()) {
                if (!byKey.get(EntityKind.ORGANISATION).containsKey(funder)) {
                    throw new DataFormatException(row.where() + ": unknown organisation " + funder);
                }
                funders.put(row.require("key_prefix"), funder);
            }
        }
        this.byKey = byKey;
        this.aliases = List.copyOf(aliases);
        this.aliasIndex = AliasIndex.build(aliases);
        this.patterns = List.copyOf(patterns);
        this.adjectives = adjectives;
        for (String iso3 : adjectives.states()) {
            if (!byKey.get(EntityKind.STATE).containsKey(iso3)) {
                throw new DataFormatException(StateAdjectives.RESOURCE + ": unknown State " + iso3);
            }
        }
        checkCatalogueReferences();
    }

    /** Instrument dates are ISO dates that exist; parent, successor, amends and depositary keys name listed entities. */
    private void checkCatalogueReferences() {
        List<String> errors = new ArrayList<>();
        for (Entity e : all()) {
            if (!e.parentKey().isEmpty() && !byKey.get(EntityKind.ORGANISATION).containsKey(e.parentKey())) {
                errors.add(e.key() + ": unknown parent organisation " + e.parentKey());
            }
            for (String p : List.of("adopted", "entryIntoForce")) {
                String d = e.properties().getOrDefault(p, "");
                if (!d.isEmpty() && !isIsoDate(d)) {
                    errors.add(e.key() + ": " + p + " '" + d + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
                }
            }
            for (String p : List.of("successor", "amends")) {
                for (String k : e.properties().getOrDefault(p, "").split("\\s+")) {
                    if (!k.isEmpty() && !byKey.get(EntityKind.INSTRUMENT).containsKey(k)) {
                        errors.add(e.key() + ": " + p + " names unknown instrument " + k);
                    }
                }
            }
            for (String k : e.properties().getOrDefault("depositary", "").split("\\s+")) {
                if (!k.isEmpty() && !byKey.get(EntityKind.STATE).containsKey(k)
                        && !byKey.get(EntityKind.ORGANISATION).containsKey(k)) {
                    errors.add(e.key() + ": depositary names unknown State or organisation " + k);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new DataFormatException("registry references: " + errors);
        }
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, and a real calendar date. */
    public static boolean isIsoDate(String s) {
        try {
            switch (s.length()) {
                case 4 -> java.time.Year.parse(s);
                case 7 -> java.time.YearMonth.parse(s);
                case 10 -> java.time.LocalDate.parse(s);
                default -> {
                    return false;
                }
            }
            return s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        } catch (java.time.DateTimeException ex) {
            return false;
        }
    }

    /** Loads the registries shipped with the loader. */
    public static EntityRegistry loadDefault() {
        List<Entity> entities = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        StateRegistryLoader.Result states = StateRegistryLoader.load();
        entities.addAll(states.states());
        aliases.addAll(states.aliases());
        CatalogueLoader.Result orgs = CatalogueLoader.load(ORGANISATIONS, EntityKind.ORGANISATION);
        entities.addAll(orgs.entities());
        aliases.addAll(orgs.aliases());
        CatalogueLoader.Result instruments = CatalogueLoader.load(INSTRUMENTS, EntityKind.INSTRUMENT);
        entities.addAll(instruments.entities());
        aliases.addAll(instruments.aliases());

        Map<EntityKind, Map<String, Entity>> byKey = new EnumMap<>(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            byKey.put(k, new LinkedHashMap<>());
        }
        for (Entity e : entities) {
            Entity previous = byKey.get(e.kind()).putIfAbsent(e.key(), e);
            if (previous != null) {
                throw new DataFormatException("duplicate " + e.kind().label() + " key " + e.key());
            }
        }
        Map<EntityKind, Map<String, Entity>> frozen = new EnumMap<>(EntityKind.class);
        byKey.forEach((k, m) -> frozen.put(k, Collections.unmodifiableMap(m)));
        List<String> nonNames = TsvTable.read(NON_NAMES).rows().stream().map(r -> r.require("phrase")).toList();
        return new EntityRegistry(Collections.unmodifiableMap(frozen), aliases, PatternRule.loadDefault(),
                StateAdjectives.load(), nonNames);
    }

    /**
     * The entity with this key. Listed entities first; otherwise, for a key a pattern makes
     * ({@code UNGA_RES_76_43}, {@code UNSCR_1540}, {@code EU_DECISION_2019_2108}), the entity it stands for.
     */
    public Optional<Entity> find(EntityKind kind, String key) {
        Entity e = byKey.get(kind).get(key);
        if (e != null) {
            return Optional.of(e);
        }
        for (PatternRule r : patterns) {
            if (r.kind() == kind) {
                Optional<Entity> made = r.fromKey(key);
                if (made.isPresent()) {
                    return made;
                }
            }
        }
        return Optional.empty();
    }

    /** Every listed entity (pattern-made entities are not listed). */
    public Collection<Entity> all() {
        List<Entity> all = new ArrayList<>();
        byKey.values().forEach(m -> all.addAll(m.values()));
        return Collections.unmodifiableList(all);
    }

    /** Every listed entity of one kind. */
    public Collection<Entity> all(EntityKind kind) {
        return byKey.get(kind).values();
    }

    /** The entity an exact name denotes (apostrophes and spacing aside); empty if unknown or ambiguous. */
    public Optional<Entity> byAlias(String surface) {
        return aliasIndex.get(surface).map(Alias::entity);
    }

    /** The alias entry behind an exact name, with its article and acronym flags. */
    public Optional<Alias> alias(String surface) {
        return aliasIndex.get(surface);
    }

    /** All aliases, including ambiguous ones. */
    public List<Alias> aliases() {
        return aliases;
    }

    /** The aliases recognition may link, by folded form. */
    public Map<String, Alias> linkableAliases() {
        return aliasIndex.linkable();
    }

    /** The rules for numbered instruments. */
    public List<PatternRule> patterns() {
        return patterns;
    }

    /**
     * Phrases that contain a name but denote something else ({@code golfe de Guinée}); recognition matches
     * them so that they hide the name inside, then drops them.
     */
    public List<String> nonNames() {
        return nonNames;
    }

    /**
     * The member States of an organisation as one group ({@code EU_MEMBER_STATES}), labelled in every
     * language by the templates of {@code groups.tsv}.
     */
    public Entity memberStates(Entity org) {
        String[] labels = groupLabels.get(MEMBER_STATES);
        String fr = org.labelFr().isEmpty() ? org.key() : org.labelFr();
        String en = org.labelEn().isEmpty() ? org.key() : org.labelEn();
        return new Entity(EntityKind.GROUP, org.key() + MEMBER_STATES, labels[0].replace("{fr}", fr),
                labels[1].replace("{en}", en), "", org.key(), List.of(), Map.of("source", "pattern"));
    }

    /** The body that adopts the act with this key ({@code UNSCR_1540} → the Security Council), if the registry says. */
    public Optional<Entity> adopterOf(String actKey) {
        for (Map.Entry<String, String> e : adoptingBodies.entrySet()) {
            if (actKey.startsWith(e.getKey())) return find(EntityKind.ORGANISATION, e.getValue());
        }
        return Optional.empty();
    }

    /** The organisation that funds by the act with this key ({@code EU_DECISION_2019_2108} → the EU), if any. */
    public Optional<Entity> funderOf(String actKey) {
        for (Map.Entry<String, String> e : funders.entrySet()) {
            if (actKey.startsWith(e.getKey())) return find(EntityKind.ORGANISATION, e.getValue());
        }
        return Optional.empty();
    }

    /** Whether {@code org} funds through acts of its bodies (the EU through its Council's decisions). */
    public boolean fundsByActs(Entity org) {
        return funders.containsValue(org.key());
    }

    /** French State adjectives. */
    public StateAdjectives adjectives() {
        return adjectives;
    }
}
