package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.EntityKind;

/**
 * The words a language builds the names of bodies and instruments with ({@code institution-names.tsv} of its
 * pack): head nouns and the kind of thing each names, connectors, articles, words that end a name, and the
 * phrases that give a short name. Kept as data so that the open-world recogniser holds no word of any language.
 */
final class InstitutionLexicon {
    static final String FILE = "institution-names.tsv";

    /** A head noun of one or more words and the kind it names (null: an event, never minted as a body). */
    record Head(List<String> words, EntityKind kind) {}

    private final Map<String, List<Head>> headsByFirstWord = new HashMap<>();
    private final Set<String> connectors = new HashSet<>(), genitives = new HashSet<>(), articles = new HashSet<>(),
            locations = new HashSet<>(), coordinators = new HashSet<>(), terms = new HashSet<>(), weak = new HashSet<>(), stops = new HashSet<>(), suffixes = new HashSet<>();
    private final List<List<String>> hereinafter = new ArrayList<>();
    private final boolean modifiersFirst;

    InstitutionLexicon(LanguagePack language) {
        String order = null;
        for (TsvTable.Row row : language.table(FILE).rows()) {
            String words = normal(row.require("words"));
            switch (row.require("role")) {
                case "head" -> {
                    List<String> ws = List.of(words.split(" "));
                    EntityKind kind = switch (row.require("kind")) {
                        case "organisation" -> EntityKind.ORGANISATION;
                        case "instrument" -> EntityKind.INSTRUMENT;
                        case "event" -> null;
                        default -> throw new DataFormatException(row.where() + ": unknown kind " + row.get("kind"));
                    };
                    headsByFirstWord.computeIfAbsent(fold(ws.get(0)), k -> new ArrayList<>()).add(new Head(ws, kind));
                }
                case "connector" -> connectors.add(lower(words));
                case "genitive" -> genitives.add(lower(words));
                case "article" -> articles.add(lower(words));
                case "location" -> locations.add(lower(words));
                case "coordinator" -> coordinators.add(lower(words));
                case "term" -> terms.add(words);
                case "weak" -> weak.add(fold(words));
                case "stop" -> stops.add(lower(words));
                case "suffix" -> suffixes.add(lower(words));
                case "hereinafter" -> hereinafter.add(List.of(lower(words).split(" ")));
                case "order" -> order = words;
                default -> throw new DataFormatException(row.where() + ": unknown role " + row.get("role"));
            }
        }
        if (order == null || !List.of("head-first", "modifiers-first").contains(order)) {
            throw new DataFormatException(language.resource(FILE) + ": needs one row 'order' head-first or modifiers-first");
        }
        this.modifiersFirst = order.equals("modifiers-first");
        headsByFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Head h) -> h.words().size()).reversed()));
        hereinafter.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed());
    }

    /** The heads whose first word is {@code word} (as written: a head is capitalised), longest first. */
    List<Head> headsStartingWith(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return List.of();
        return headsByFirstWord.getOrDefault(fold(word), List.of());
    }

    boolean isHeadWord(String word) {
        return headsByFirstWord.containsKey(fold(word));
    }

    boolean connector(String w) {
        return connectors.contains(lower(w));
    }

    boolean genitive(String w) {
        return genitives.contains(lower(w));
    }

    boolean article(String w) {
        return articles.contains(lower(w));
    }

    boolean location(String w) {
        return locations.contains(lower(w));
    }

    /** A connector that coordinates ("et", "and"): a registry name after it is a name of its own, not a complement. */
    boolean coordinator(String w) {
        return coordinators.contains(lower(w));
    }

    /** An acronym of a thing that is no body or instrument ("SALW", "ADM"): its definition mints nothing. */
    boolean term(String acronym) {
        return terms.contains(acronym);
    }

    boolean weak(String w) {
        return weak.contains(fold(w));
    }

    boolean stop(String w) {
        return stops.contains(lower(w));
    }

    /** A lower-case word ending like an adjective of this language ("consultatif", "régionale"). */
    boolean adjectiveLike(String w) {
        String l = lower(w);
        for (int i = 1; i < l.length(); i++) if (suffixes.contains(l.substring(i))) return true;
        return false;
    }

    /** The phrases that introduce a short name, each as lower-case words, longest first. */
    List<List<String>> hereinafter() {
        return hereinafter;
    }

    /** Whether capitalised modifiers stand before the head (English) rather than after it (French). */
    boolean modifiersFirst() {
        return modifiersFirst;
    }

    private static String normal(String s) {
        return s.replace('\'', '’').strip();
    }

    static String lower(String s) {
        return s.replace('\'', '’').toLowerCase(Locale.ROOT);
    }

    static String fold(String s) {
        return AliasMatcher.plain(lower(s));
    }
}
