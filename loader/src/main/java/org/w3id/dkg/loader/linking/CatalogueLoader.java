package org.w3id.dkg.loader.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * Reads a curated catalogue of named entities ({@code organisations.tsv}, {@code instruments.tsv}):
 * one row per entity with key, kind, French and English names and {@code |}-separated aliases, an alias
 * prefixed with {@code ?} being ambiguous. Columns other than those become entity properties, so a
 * curator may add attributes without code.
 */
public final class CatalogueLoader {

    private static final Set<String> STRUCTURAL =
            Set.of("key", "kind", "parent", "name_fr", "name_en", "aliases", "note");

    private CatalogueLoader() {}

    /** The entities of one catalogue and their aliases. */
    public record Result(List<Entity> entities, List<Alias> aliases) {}

    public static Result load(String resource, EntityKind kind) {
        List<Entity> entities = new ArrayList<>();
        List<Alias> aliases = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(resource).rows()) {
            String key = row.require("key");
            if (!key.matches("[A-Z0-9]+(_[A-Z0-9]+)*")) {
                throw new DataFormatException(row.where() + ": key '" + key + "' is not UPPER_SNAKE");
            }
            String nameFr = row.get("name_fr");
            String nameEn = row.get("name_en");
            Map<String, Boolean> names = new LinkedHashMap<>(); // name -> ambiguous
            if (!nameFr.isEmpty()) {
                names.put(nameFr, false);
            }
            if (!nameEn.isEmpty()) {
                names.putIfAbsent(nameEn, false);
            }
            for (String a : row.get("aliases").split("\\|")) {
                String alias = a.strip();
                if (alias.isEmpty()) {
                    continue;
                }
                boolean ambiguous = alias.startsWith("?");
                names.putIfAbsent(ambiguous ? alias.substring(1).strip() : alias, ambiguous);
            }
            Map<String, String> props = new LinkedHashMap<>();
            for (Map.Entry<String, String> c : row.values().entrySet()) {
                if (!STRUCTURAL.contains(c.getKey()) && !c.getValue().isBlank()) {
                    props.put(c.getKey(), c.getValue().strip());
                }
            }
            if (!row.get("note").isEmpty()) {
                props.put("source", row.get("note"));
            }
            String wd = props.getOrDefault("wikidata", "");
            if (!wd.isEmpty() && !wd.matches("Q\\d+")) {
                throw new DataFormatException(row.where() + ": wikidata must be a Q-id, got " + wd);
            }
            Set<String> plain = new LinkedHashSet<>(names.keySet());
            Entity e = new Entity(kind, key, nameFr, nameEn, row.get("kind"), row.get("parent"),
                    List.copyOf(plain), Map.copyOf(props));
            entities.add(e);
            names.forEach((n, amb) -> aliases.add(new Alias(n, e, Article.ANY, Alias.looksLikeAcronym(n), amb)));
        }
        return new Result(List.copyOf(entities), List.copyOf(aliases));
    }
}
