package org.w3id.dkg.loader.language.en;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.language.LanguagePack;

/** English: UN documents written in English first, and the texts of bodies that publish only in English. */
public final class English implements LanguagePack {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));
    private static final Pattern ORDINAL = Pattern.compile("\\b(?:(\\d{1,3})(?:st|nd|rd|th)|(" + String.join("|", WORDS.keySet()) + "))\\b");

    @Override
    public String tag() {
        return "en";
    }

    @Override
    public String name() {
        return "English";
    }

    @Override
    public Integer ordinal(String label) {
        Matcher m = ORDINAL.matcher(label.toLowerCase(Locale.ROOT));
        if (!m.find()) return null;
        return m.group(1) != null ? Integer.valueOf(m.group(1)) : WORDS.get(m.group(2));
    }
}
