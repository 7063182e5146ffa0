package org.w3id.dkg.loader.evaluating;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.family.FactTable;

/**
 * Extraction measured against the hand-written fixtures: the corpus (every fact of the five
 * reports) and the synthetic texts (other States, instruments, dates and phrasings). The
 * floors in {@code fixtures/floors.tsv} are the figures reached so far, less a small margin:
 * this test fails when a change makes extraction worse. It also holds the goals of the project:
 * precision 0.90 and recall 0.85 for every fact type on the corpus, and no type more than 0.15
 * worse on the synthetic texts (figures in the README).
 */
class ExtractionQualityTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    static Map<FactTable, Score> corpus;
    static Map<FactTable, Score> synthetic;

    @BeforeAll
    static void evaluate() throws Exception {
        DocumentPipeline pipeline = DocumentPipeline.withDefaults();
        Evaluation onCorpus = Evaluation.run(pipeline, FIXTURES.resolve("corpus"), Corpus.DIR);
        Evaluation onSynthetic = Evaluation.run(pipeline, FIXTURES.resolve("synthetic"), FIXTURES.resolve("synthetic").resolve("texts"));
        System.out.println("corpus:\n" + onCorpus.table() + "\nsynthetic:\n" + onSynthetic.table());
        corpus = onCorpus.scores();
        synthetic = onSynthetic.scores();
    }

    private static FactTable table(String name) {
        return corpus.keySet().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("floors.tsv names no fact table " + name));
    }

    @Test
    void noFactTypeFallsBelowTheFiguresAlreadyReached() {
        for (TsvTable.Row row : TsvTable.read("/fixtures/floors.tsv").rows()) {
            FactTable type = table(row.require("type"));
            Map<FactTable, Score> scores = row.require("fixture").equals("corpus") ? corpus : synthetic;
            Score score = scores.get(type);
            assertThat(score).as(row.where() + " " + type).isNotNull();
            assertThat(score.precision()).as(type + " precision on " + row.get("fixture"))
                    .isGreaterThanOrEqualTo(Double.parseDouble(row.require("precision")));
            assertThat(score.recall()).as(type + " recall on " + row.get("fixture"))
                    .isGreaterThanOrEqualTo(Double.parseDouble(row.require("recall")));
        }
    }

    @Test
    void everyFactTypeMeetsTheGoalOnTheCorpus() {
        for (Map.Entry<FactTable, Score> e : corpus.entrySet()) {
            assertThat(e.getValue().precision()).as(e.getKey() + " precision").isGreaterThanOrEqualTo(0.90);
            assertThat(e.getValue().recall()).as(e.getKey() + " recall").isGreaterThanOrEqualTo(0.85);
        }
    }

    @Test
    void noFactTypeDropsByMoreThanFifteenPointsOnTextsTheRulesWereNotWrittenFor() {
        // A type that does much worse on the synthetic texts than on the corpus is overfitted to the corpus.
        for (Map.Entry<FactTable, Score> e : synthetic.entrySet()) {
            Score onCorpus = corpus.get(e.getKey());
            assertThat(e.getValue().precision()).as(e.getKey() + " precision").isGreaterThanOrEqualTo(onCorpus.precision() - 0.15);
            assertThat(e.getValue().recall()).as(e.getKey() + " recall").isGreaterThanOrEqualTo(onCorpus.recall() - 0.15);
        }
    }

    /**
     * Real texts of other genres, none of them read while the corpus rules were written: the shared development
     * sets, our own development sets, and the blind sets (collected and annotated apart from the rule writing,
     * never read by the rule writer), each measured and printed on its own — the blind figures are the evidence
     * of generalisation. The test holds what no change may lose: a precise extraction (mentions at 0.90, relation
     * facts at 0.60 where any are found) on every set, and the relation figures reached on the French development
     * sets ({@code fixtures/real-floors.tsv}).
     */
    @Test
    void realTextsOfOtherGenresAreMeasuredApartTheBlindOnesSeparately() throws Exception {
        DocumentPipeline pipeline = DocumentPipeline.withDefaults();
        Path real = FIXTURES.resolve("real");
        Map<String, Path> sets = new java.util.LinkedHashMap<>();
        sets.put("shared French development set", Path.of("..", "..", "shared", "real-texts"));
        sets.put("shared English development set", Path.of("..", "..", "shared", "real-texts-en"));
        sets.put("French development set", real.resolve("fr/dev"));
        sets.put("English development set", real.resolve("en/dev"));
        sets.put("French BLIND set", real.resolve("fr/blind"));
        sets.put("English BLIND set", real.resolve("en/blind"));
        Map<String, TsvTable.Row> floors = new java.util.HashMap<>();
        for (TsvTable.Row row : TsvTable.read("/fixtures/real-floors.tsv").rows()) floors.put(row.require("set"), row);
        int measured = 0;
        for (Map.Entry<String, Path> set : sets.entrySet()) {
            if (!java.nio.file.Files.isDirectory(set.getValue())) continue; // ../shared absent
            Evaluation e = Evaluation.run(pipeline, set.getValue(), set.getValue().resolve("texts"));
            System.out.println(set.getKey() + " (" + set.getValue() + "):\n" + e.table()
                    + (e.refused().isEmpty() ? "" : "refused: " + e.refused() + "\n"));
            measured++;
            Score mentions = e.scores().values().stream().filter(x -> x.type().name().equals("MENTIONS")).findFirst().orElseThrow();
            if (mentions.extracted() > 0) assertThat(mentions.precision()).as(set.getKey() + " mentions precision").isGreaterThanOrEqualTo(0.90);
            if (e.relations().extracted() > 0) assertThat(e.relations().precision()).as(set.getKey() + " relation facts precision")
                    .isGreaterThanOrEqualTo(0.60);
            TsvTable.Row floor = floors.get(set.getKey());
            if (floor != null) {
                assertThat(e.relations().precision()).as(set.getKey() + " relation facts precision (real-floors.tsv)")
                        .isGreaterThanOrEqualTo(Double.parseDouble(floor.require("precision")));
                assertThat(e.relations().recall()).as(set.getKey() + " relation facts recall (real-floors.tsv)")
                        .isGreaterThanOrEqualTo(Double.parseDouble(floor.require("recall")));
            }
        }
        assertThat(measured).as("our own real-text sets are in the repository").isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyQuoteOfTheFixturesIsVerbatimInItsDocument() {
        // A fixture row whose evidence is not in the text was not checked against it.
        assertThat(FixtureQuotes.unfound(FIXTURES.resolve("corpus"), Corpus.DIR)).isEmpty();
        assertThat(FixtureQuotes.unfound(FIXTURES.resolve("synthetic"), FIXTURES.resolve("synthetic").resolve("texts"))).isEmpty();
    }
}
