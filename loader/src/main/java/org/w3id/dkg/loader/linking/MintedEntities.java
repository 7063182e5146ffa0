package org.w3id.dkg.loader.linking;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Entities that no registry lists but a text names and defines ("le Comité consultatif permanent des Nations Unies
 * chargé des questions de sécurité en Afrique centrale (UNSAC)"): their keys and their description. A key is
 * deterministic, so that another document naming the same entity gets the same key: the acronym the text defines
 * where there is one (whichever language defines it, {@code UNSAC} is {@code UNSAC}), otherwise the name in
 * UPPER_SNAKE with its accents folded. The registry stays the authority: a key it already holds for another
 * entity is never reused for a minted one.
 *
 * <p>A minted entity says where it comes from in its properties: {@code source} is {@link #SOURCE}, and
 * {@code definedBy} the quote that introduced it.
 */
public final class MintedEntities {
    /** The {@code source} property of an entity found in text, as against one curated in the registry. */
    public static final String SOURCE = "text";
    private static final int MAX_KEY = 64;

    private final EntityRegistry registry;

    public MintedEntities(EntityRegistry registry) {
        this.registry = registry;
    }

    /** Whether {@code e} was found in text rather than listed in a registry. */
    public static boolean isMinted(Entity e) {
        return SOURCE.equals(e.properties().get("source"));
    }

    /**
     * The registry entity an acronym or a name denotes, when the registry knows it: the authority over a mint.
     * Only organisations and instruments: a State is never defined by a parenthesis.
     */
    public Optional<Entity> known(String surface) {
        return registry.byAlias(surface).filter(e -> e.kind() == EntityKind.ORGANISATION || e.kind() == EntityKind.INSTRUMENT);
    }

    /**
     * A new entity named {@code name} in a text of language {@code lang}.
     *
     * @param acronym   the acronym the text defines for it, or empty
     * @param parentKey the organisation the text makes it part of, or empty
     * @param quote     the words that introduce it
     */
    public Entity mint(EntityKind kind, String name, String acronym, String parentKey, String lang, String quote) {
        String key = key(kind, name, acronym);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("source", SOURCE);
        props.put("definedBy", quote);
        props.put("language", lang);
        if (!acronym.isEmpty()) props.put("acronym", acronym);
        List<String> aliases = acronym.isEmpty() ? List.of(name) : List.of(name, acronym);
        return new Entity(kind, key, lang.equals("fr") ? name : "", lang.equals("fr") ? "" : name, "",
                parentKey, aliases, Map.copyOf(props));
    }

    /**
     * The key of a minted entity: its acronym, or its name, in UPPER_SNAKE, cut at a whole word; never a key the
     * registry holds for an entity of that kind (then suffixed with the name, or numbered), so that what a text
     * says of a new body never lands on a curated one.
     */
    String key(EntityKind kind, String name, String acronym) {
        String key = cut(acronym.isEmpty() ? snake(name) : snake(acronym));
        if (registry.find(kind, key).isPresent() && !acronym.isEmpty()) key = cut(key + "_" + snake(name));
        String base = key;
        for (int n = 2; registry.find(kind, key).isPresent(); n++) key = cut(base) + "_" + n;
        return key;
    }

    private static String cut(String key) {
        if (key.length() <= MAX_KEY) return key;
        int at = key.lastIndexOf('_', MAX_KEY);
        return key.substring(0, at > 0 ? at : MAX_KEY);
    }

    /** {@code Commission nationale togolaise} → {@code COMMISSION_NATIONALE_TOGOLAISE}: accents folded, elisions dropped. */
    public static String snake(String s) {
        String folded = Normalizer.normalize(s.replace("Œ", "OE").replace("œ", "oe"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        folded = folded.replaceAll("(?i)\\b[ld][’'](?=\\p{L})", "");
        return folded.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
