package org.w3id.dkg.loader.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
    @Test
    void frenchTextLosesElisionsStopWordsAndPluralsSoAQueryMeetsTheQuoteThatInflectsIt() throws IOException {
        // Words of report 000: "l’Espagne a mené une inspection à Chypre" (elision and stop words "une", "à" gone,
        // light stemming), and a query in the plural that finds it.
        try (Analyzer french = TextAnalysis.forLanguage(TextAnalysis.INDEX_LANGUAGE)) {
            List<String> quote = terms(french, "l’Espagne a mené une inspection à Chypre");
            List<String> query = terms(french, "inspections Chypre");
            assertThat(quote).containsExactly("espagn", "a", "mené", "inspection", "chypr").containsAll(query);
            assertThat(terms(french, "L'Espagne")).isEqualTo(terms(french, "Espagne"));
        }
    }

    @Test
    void englishTextIsStemmedInEnglishSoInflectedVerbsMeetTheirNouns() throws IOException {
        // Words of the dev text ed06: "Andorra deposited its instrument of accession" (stop word "of" gone,
        // Porter stems), found by "depositing instruments"; the French analyzer leaves the English verb forms apart.
        try (Analyzer english = TextAnalysis.forLanguage("en"); Analyzer french = TextAnalysis.forLanguage("fr")) {
            List<String> quote = terms(english, "Andorra deposited its instrument of accession");
            assertThat(quote).containsExactly("andorra", "deposit", "it", "instrument", "access");
            assertThat(quote).containsAll(terms(english, "depositing instruments"));
            assertThat(terms(french, "deposited")).isNotEqualTo(terms(french, "depositing"));
        }
        assertThat(TextAnalysis.languages()).containsExactly("en", "fr");
    }

    @Test
    void aLanguageWithoutAnAnalyzerIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> TextAnalysis.forLanguage("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'de'").hasMessageContaining("[en, fr]");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }
}
