package org.w3id.dkg.loader.family.event;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;

/**
 * Keys for the events a document reports, minted from their names so that the same meeting named in two
 * documents (or two languages) gets one key: an ordinal meeting of a series ({@code BMS7_POA_SALW},
 * {@code UNGA_SESSION_77}, {@code APMBC_REVCON4}), else place or organisation, topic, kind and year
 * ({@code KYIV_1540_WORKSHOP_2017}). The words that tell kind, topic and place are the language's
 * {@code event-vocabulary.<lang>.tsv}; ordinals written out are read by its pack.
 */
final class EventKeys {
    private record Word(String part, Pattern pattern, String key) {}

    private final LanguagePack language;
    private final List<Word> vocabulary = new ArrayList<>();

    EventKeys(LanguagePack language) {
        this.language = language;
        for (TsvTable.Row row : TsvTable.read(language.rules(EventFamily.class, "event-vocabulary")).rows()) {
            vocabulary.add(new Word(row.require("part"), Pattern.compile(row.require("pattern"),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), row.require("key")));
        }
    }

    /** A key for an event: series and ordinal when it has them, else place/organisation, topic, kind, year. */
    String mint(String label, List<Token> tokens, String place, String start) {
        String kind = vocabulary("kind", label);
        Integer ordinal = language.ordinal(label);
        String year = start.length() >= 4 ? start.substring(0, 4) : "";
        Entity instrument = first(tokens, EntityKind.INSTRUMENT);
        Entity org = first(tokens, EntityKind.ORGANISATION);
        if (ordinal != null && kind.equals("BMS")) return "BMS" + ordinal + "_POA_SALW";
        if (ordinal != null && (kind.equals("REVCON") || kind.equals("CSP")) && instrument != null) {
            return instrument.key() + "_" + kind + ordinal;
        }
        if (ordinal != null && kind.equals("SESSION") && org != null) return org.key() + "_SESSION_" + ordinal;
        List<String> parts = new ArrayList<>();
        if (instrument == null && org != null) parts.add(org.key());
        else if (!place.isEmpty()) parts.add(placeKey(place));
        else if (org != null) parts.add(org.key());
        String topic = instrument != null ? instrument.key().replaceFirst("^UNSCR_", "") : vocabulary("topic", label);
        if (!topic.isEmpty() && !parts.contains(topic)) parts.add(topic);
        parts.add(kind.isEmpty() ? "EVENT" : kind);
        if (ordinal != null) parts.add(String.valueOf(ordinal));
        if (!year.isEmpty()) parts.add(year);
        if (parts.size() < 2) return "";
        return String.join("_", parts);
    }

    private static Entity first(List<Token> tokens, EntityKind kind) {
        return tokens.stream().map(Token::entity).filter(e -> e != null && e.kind() == kind).findFirst().orElse(null);
    }

    private String vocabulary(String part, String text) {
        for (Word w : vocabulary) {
            if (w.part().equals(part) && w.pattern().matcher(text).find()) return w.key();
        }
        return "";
    }

    private String placeKey(String place) {
        String known = vocabulary("place", place.strip());
        if (!known.isEmpty()) return known;
        String ascii = Normalizer.normalize(place, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
