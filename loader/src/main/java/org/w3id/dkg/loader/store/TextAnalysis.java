package org.w3id.dkg.loader.store;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Which Lucene analyzer reads text of which language, in one place: the index and its queries must
 * analyse words alike, or a stemmed query never meets its stemmed document. Every literal is indexed in the
 * index's main field with the {@link #INDEX_LANGUAGE} analyzer (so a query in any words finds it as before),
 * and a literal tagged with a language of {@link #ANALYZERS} ({@code "..."@en}, {@code "..."@fr}: labels, and
 * quotes tagged with their document's language) also in that language's field, analysed by that language's
 * stemmer: "ratifications" then meets "ratified" in an English quote, "ratifié" in a French one.
 */
public final class TextAnalysis {
    /** The language of the analyzer of the index's main field (every literal, tagged or not). */
    public static final String INDEX_LANGUAGE = "fr";

    /** One analyzer per language tag (BCP 47, lower case): stemming, elisions and stop words of that language. */
    private static final Map<String, Supplier<Analyzer>> ANALYZERS = new TreeMap<>(Map.of(
            "fr", FrenchAnalyzer::new,
            "en", EnglishAnalyzer::new));

    private TextAnalysis() {}

    /** The languages that have a field of their own in the index. */
    public static Set<String> languages() {
        return ANALYZERS.keySet();
    }

    /**
     * A new analyzer for {@code language} (analyzers hold per-thread state: one per index and role).
     *
     * @throws IllegalArgumentException when no analyzer is declared for the language
     */
    public static Analyzer forLanguage(String language) {
        Supplier<Analyzer> analyzer = ANALYZERS.get(language);
        if (analyzer == null) {
            throw new IllegalArgumentException("no text analyzer for language '" + language + "'; known: " + ANALYZERS.keySet());
        }
        return analyzer.get();
    }
}
