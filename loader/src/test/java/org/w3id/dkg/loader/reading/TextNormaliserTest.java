package org.w3id.dkg.loader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.dkg.loader.Corpus;

class TextNormaliserTest {
    private final TextNormaliser normaliser = new TextNormaliser();

    static List<Path> corpusFiles() {
        return Corpus.files();
    }

    private String text(String prefix) {
        return normaliser.normalise(Corpus.read(prefix)).text();
    }

    @Test
    void hyphenationAcrossLineEndsIsJoined() {
        String t = text("000_");
        assertThat(t).contains("à sa soixante-dix-septième session").doesNotContain("soixante -dix-");
        assertThat(t).contains("sous la direction du Chef de l’État-major de la défense");
        assertThat(t).contains("désarmement et de la non-prolifération en vue de prévenir");
        assertThat(text("002_")).contains("l’Organisation des Nations Unies elle-même et la crédibilité");
    }

    @Test
    void spaceBeforeHyphenInsideALineIsAnArtefact() {
        String t = text("000_");
        assertThat(t).contains("pandémie de coronavirus (COVID-19).").doesNotContain("COVID -19");
    }

    @Test
    void wordsSplitBySpaceAreJoinedWhenTheDocumentUsesTheWholeWord() {
        assertThat(text("001_")).contains("huitième Réunion biennale des États pour l’examen").doesNotContain("bi ennale");
        assertThat(text("000_")).contains("la réalisation des objectifs de développement").doesNotContain("ob jectifs");
        // both parts are words of the document: left alone rather than guessed
        assertThat(text("000_")).contains("lutter contre l e trafic illicite");
    }

    @Test
    void curlyApostrophesAreKeptAsPrinted() {
        assertThat(text("000_")).contains("l’Assemblée générale a réaffirmé");
    }

    @Test
    void markdownMarkupAndFootnoteMarksLeaveTheText() {
        String t = text("003_");
        assertThat(t).contains("juridiquement contraignant. Enf").doesNotContain("contraignant1");
        assertThat(t).contains("\n\nCadre institutionnel\n\n");
        assertThat(t).contains("\n\n1 À sa trentième réunion ministérielle");
        assertThat(t).doesNotContain("**").doesNotContain("## ").doesNotContain("\n---");
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void noExtractionArtefactIsLeft(Path file) throws Exception {
        NormalisedDocument nd = normaliser.read(new DocumentReader().read(file));
        NormalisedText t = nd.text();
        // link lines are gone; a URL printed inside a footnote's sentence is footnote text and stays
        for (Block b : nd.blocks()) {
            if (b.kind() != Block.Kind.FOOTNOTE) {
                assertThat(nd.textOf(b)).doesNotContain("https://").doesNotContain("http://");
            }
            assertThat(nd.textOf(b)).doesNotMatch("^\\S*https?://\\S*$");
        }
        assertThat(t.text()).doesNotContain("__________________")
                .doesNotContain("<sup>").doesNotContain("\n\n\n").doesNotContain("  ")
                .doesNotStartWith("\n").doesNotEndWith("\n");
        assertThat(t.sourceOffsets()).hasSize(t.text().length() + 1);
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void wordsMapBackToTheSource(Path file) throws Exception {
        SourceDocument doc = new DocumentReader().read(file);
        NormalisedText t = normaliser.normalise(doc);
        Matcher words = Pattern.compile("\\p{L}{6,}").matcher(t.text());
        int checked = 0;
        int mismatches = 0;
        for (int n = 0; words.find(); n++) {
            if (n % 7 != 0) {
                continue;
            }
            String w = words.group();
            int s = t.sourceOffset(words.start());
            int e = t.sourceOffset(words.end() - 1) + 1;
            if (e - s == w.length()) {
                checked++;
                assertThat(doc.raw().substring(s, s + w.length())).isEqualTo(w);
            } else {
                mismatches++; // a word joined across a line end or a split: each char still maps
                for (int i = words.start(); i < words.end(); i++) {
                    assertThat(doc.raw().charAt(t.sourceOffset(i))).isEqualTo(t.text().charAt(i));
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(mismatches).isLessThan(checked / 5 + 1);
    }

    @Test
    void aReportWithNoLineBreakIsOneBlockWithItsWordsMendedAndMapped() {
        // the shape of a 5 MB single-line document, at the size of a report: the repairs work on one huge block
        SourceDocument report = Corpus.read("002_");
        String oneLine = report.raw().replace('\n', ' ').replace("  ", "   ");
        SourceDocument doc = new SourceDocument("one-line", report.path(), oneLine);
        NormalisedText t = normaliser.normalise(doc);
        assertThat(t.text()).doesNotContain("  ").doesNotContain("\n").contains("[Original : russe]");
        for (int i = 0; i < t.text().length(); i++) {
            char c = t.text().charAt(i);
            if (c != ' ') {
                assertThat(oneLine.charAt(t.sourceOffset(i))).as("char %d", i).isEqualTo(c);
            }
        }
    }

    @Test
    void everyCharOfTheTextMapsToTheSameCharInTheSource() {
        for (Path file : Corpus.files()) {
            SourceDocument doc = Corpus.read(file.getFileName().toString().substring(0, 4));
            NormalisedText t = normaliser.normalise(doc);
            for (int i = 0; i < t.text().length(); i++) {
                char c = t.text().charAt(i);
                if (c == ' ' || c == '\n') {
                    continue;
                }
                assertThat(doc.raw().charAt(t.sourceOffset(i))).as("%s char %d", file, i).isEqualTo(c);
            }
        }
    }

    @Test
    void linkLinesAreRecordedWithTheirPlace() {
        NormalisedText t = normaliser.normalise(Corpus.read("000_"));
        assertThat(t.links()).isNotEmpty();
        NormalisedText.Link first = t.links().get(0);
        assertThat(first.url()).isEqualTo("https://undocs.org/fr/A/RES/76/43");
        assertThat(Corpus.read("000_").raw().substring(first.sourceOffset())).startsWith(first.url());
        // removed in the middle of the Burkina Faso paragraph, between "Secrétaire" and "permanent"
        assertThat(t.text().substring(0, first.textOffset())).endsWith("le visa du Secrétaire");
    }

    @Test
    void pageFurnitureIsRemovedAndTheSymbolKept() {
        SourceDocument doc = Corpus.read("002_");
        NormalisedDocument nd = normaliser.read(doc);
        assertThat(TextNormaliser.documentSymbol(doc)).contains("A/67/131");
        assertThat(nd.furniture()).extracting(NormalisedDocument.Furniture::text).contains("A/67/131", "912-41314");
        assertThat(nd.text().text()).doesNotContain("912-41314").doesNotContain("A/67/131");
        NormalisedDocument first = normaliser.read(Corpus.read("001_"));
        assertThat(first.furniture()).extracting(NormalisedDocument.Furniture::text).containsExactly("* A/77/50.");
        assertThat(first.symbol()).isEmpty();
        assertThat(first.text().text()).doesNotContain("* A/77/50.");
    }

    @Test
    void blocksNeverHoldALineBreakAndAreSeparatedByOneBlankLine() {
        for (Path file : Corpus.files()) {
            NormalisedDocument nd = normaliser.read(Corpus.read(file.getFileName().toString().substring(0, 4)));
            String t = nd.text().text();
            int previousEnd = -2;
            for (Block b : nd.blocks()) {
                assertThat(nd.textOf(b)).as("%s block at %d", file, b.start()).doesNotContain("\n").isNotBlank();
                assertThat(b.start()).isEqualTo(previousEnd + 2);
                previousEnd = b.end();
            }
            assertThat(previousEnd).isEqualTo(t.length());
        }
    }

    @Test
    void footnotesComeAfterTheParagraphTheyInterrupt() {
        NormalisedDocument nd = normaliser.read(Corpus.read("001_"));
        List<Block> footnotes = nd.blocks().stream().filter(b -> b.kind() == Block.Kind.FOOTNOTE).toList();
        assertThat(footnotes).hasSize(14);
        assertThat(nd.textOf(footnotes.get(0))).startsWith("1 Direction exécutive du Comité contre le terrorisme")
                .endsWith("et Organisation mondiale de la Santé.");
        // paragraph 20 continues after the page break and footnote 3
        String t = nd.text().text();
        assertThat(t).contains("de démobilisation et de réintégration. Ce document d’orientation vise non seulement");
        assertThat(t.indexOf("3 Toute mention du Kosovo")).isGreaterThan(t.indexOf("Ce document d’orientation"));
    }
}
