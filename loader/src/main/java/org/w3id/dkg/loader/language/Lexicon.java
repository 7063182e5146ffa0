package org.w3id.dkg.loader.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * The words and phrasings of one language that are not names: the {@code lexicon.tsv} of a language pack,
 * one regular expression or word list per key ({@code amount.hedge}, {@code backref.definite}). A stage asks
 * for the keys it needs; a key the pack lacks is an error naming the file and the key, at start-up.
 */
public final class Lexicon {
    private final String source;
    private final Map<String, String> values = new LinkedHashMap<>();

    Lexicon(String resource) {
        this.source = resource;
        for (TsvTable.Row row : TsvTable.read(resource).rows()) {
            String value = row.values().get("value");
            if (value == null || value.isEmpty()) throw new DataFormatException(row.where() + ": no value for " + row.get("key"));
            values.put(row.require("key"), value);
        }
    }

    /** The value of {@code key}, as written. */
    public String get(String key) {
        String v = values.get(key);
        if (v == null) throw new DataFormatException(source + ": no entry " + key);
        return v;
    }

    /** The value of {@code key}, for the keys a pack may leave out (a rule macro only some languages' rules use). */
    public java.util.Optional<String> find(String key) {
        return java.util.Optional.ofNullable(values.get(key));
    }

    /** The value of {@code key} compiled as a regular expression. */
    public Pattern pattern(String key) {
        return Pattern.compile(get(key));
    }

    /** The words of {@code key}, separated by {@code |}. */
    public List<String> words(String key) {
        return List.of(get(key).split("\\|"));
    }
}
