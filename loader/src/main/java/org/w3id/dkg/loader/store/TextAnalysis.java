package org.w3id.dkg.loader.store;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Which Lucene analyzer reads text of which language, in one place: the index and its queries must
 * analyse words alike, or a stemmed query never meets its stemmed document. Today every document is
 * French, so the index analyses everything as {@link #INDEX_LANGUAGE}; a language with reports of its own
 * (English: Lucene's {@code EnglishAnalyzer}) gets one line in {@link #ANALYZERS}.
 */
public final class TextAnalysis {
    /** The language the index analyses labels and quotes in. */
    public static final String INDEX_LANGUAGE = "fr";

    /** One analyzer per language tag (BCP 47, lower case). French: stemming, elisions and stop words. */
    private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.of("fr", FrenchAnalyzer::new);

    private TextAnalysis() {}

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
