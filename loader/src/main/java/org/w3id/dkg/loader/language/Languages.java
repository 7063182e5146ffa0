package org.w3id.dkg.loader.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * The language packs on the class path, and which of them reads a document. A document's language is
 * read from the document itself — the language whose frequent function words ({@code function-words.tsv},
 * which lists more languages than dkg reads, so that a Spanish text is known as Spanish) are most frequent
 * in its opening — never assumed. A document in a language no pack reads is refused with the file and the
 * language named.
 */
public final class Languages {
    /** The opening read to tell the language: enough for any report, bounded for any input. */
    private static final int SAMPLE = 20_000;
    private static final String FUNCTION_WORDS = "/dkg/language/function-words.tsv";

    private final Map<String, LanguagePack> packs = new LinkedHashMap<>();
    private final Map<String, List<String>> functionWords = new LinkedHashMap<>();

    private Languages(List<LanguagePack> found) {
        for (LanguagePack p : found) {
            LanguagePack same = packs.putIfAbsent(p.tag(), p);
            if (same != null) throw new IllegalStateException("two language packs for " + p.tag() + ": "
                    + same.getClass().getName() + " and " + p.getClass().getName());
        }
        if (packs.isEmpty()) throw new IllegalStateException("no language pack on the class path (META-INF/services)");
        for (TsvTable.Row row : TsvTable.read(FUNCTION_WORDS).rows()) {
            functionWords.put(row.require("language"), List.of(row.require("words").split(" ")));
        }
    }

    /** The packs listed in {@code META-INF/services/org.w3id.dkg.loader.language.LanguagePack}. */
    public static Languages load() {
        List<LanguagePack> found = new ArrayList<>();
        ServiceLoader.load(LanguagePack.class, Languages.class.getClassLoader()).forEach(found::add);
        return new Languages(found);
    }

    /** Every pack, in the order listed. */
    public List<LanguagePack> all() {
        return List.copyOf(packs.values());
    }

    public Optional<LanguagePack> byTag(String tag) {
        return Optional.ofNullable(packs.get(tag));
    }

    /** The language whose function words are most frequent in the opening of {@code text}; empty when none occurs. */
    public String detect(String text) {
        String sample = " " + text.substring(0, Math.min(text.length(), SAMPLE)).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}]+", " ") + " ";
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, List<String>> marker : functionWords.entrySet()) {
            int count = 0;
            for (String word : marker.getValue()) {
                for (int i = sample.indexOf(" " + word + " "); i >= 0; i = sample.indexOf(" " + word + " ", i + 1)) count++;
            }
            if (count > bestCount) {
                best = marker.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    /** The pack that reads {@code file}, whose normalised text is {@code text}. */
    public LanguagePack of(Path file, String text) throws BadDocumentException {
        String tag = detect(text);
        if (tag.isEmpty()) {
            throw new BadDocumentException(file, "no language recognised (dkg reads " + String.join(", ", packs.keySet())
                    + "): the text has none of the common words of any language dkg knows");
        }
        LanguagePack pack = packs.get(tag);
        if (pack == null) {
            throw new BadDocumentException(file, "written in " + Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH)
                    + " (" + tag + "), which dkg does not read (it reads " + String.join(", ", packs.keySet()) + ")");
        }
        return pack;
    }
}
