package org.w3id.dkg.loader.extracting;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.language.Languages;

class RulePrefilterTest {
    private static final Path SYNTHETIC = Path.of("src/test/resources/fixtures/synthetic/texts");

    @Test
    void wordsAndTokensEveryMatchNeedsAreRequiredAndOptionalPartsAreNot() {
        RulePrefilter signed = RulePrefilter.of(
                "(?<instrument>{INSTRUMENT}){ANY}(?:a|ont) été signée?s? par (?<actor>{ACTORS})(?:\\s+le (?<date>{DATE}))?");
        assertThat(signed.words()).containsExactlyInAnyOrder("été", "signé", "par");
        assertThat(signed.tokenKinds()).containsExactlyInAnyOrder("I", "SOGR");
        // Only what all branches of an alternation share is required; lookarounds require nothing.
        RulePrefilter alternatives = RulePrefilter.of("(?<!cadre )(?<actor>{ACTOR}) (?:a présidé|préside|a présidé le) (?<body>{ORG})");
        assertThat(alternatives.words()).isEmpty();
        assertThat(alternatives.tokenKinds()).containsExactlyInAnyOrder("SOGR", "O");
        // ... but a match holds one word of each branch: "présidé" or "préside"
        assertThat(alternatives.anyOf()).containsExactly(java.util.Set.of("présidé", "préside"));
        assertThat(alternatives.admits("⟦s0⟧ préside ⟦o1⟧.", "SO")).isTrue();
        assertThat(alternatives.admits("⟦s0⟧ a rejoint ⟦o1⟧.", "SO")).as("none of the branches' words").isFalse();
        // a branch that needs no word makes the alternation need none
        assertThat(RulePrefilter.of("(?<actor>{ACTOR}) (?:préside|\\w+) (?<body>{ORG})").anyOf()).isEmpty();
    }

    @Test
    void aSentenceWithoutTheWordOrTheTokenIsNotTried() {
        RulePrefilter ratified = RulePrefilter.of("(?<actor>{ACTORS}) (?:a|ont) ratifié {PREP}(?<instrument>{INSTRUMENTS})");
        assertThat(ratified.admits("⟦s0⟧ a ratifié ⟦i1⟧ le ⟦d2⟧.", "SID")).isTrue();
        assertThat(ratified.admits("⟦s0⟧ a signé ⟦i1⟧.", "SI")).as("no 'ratifié'").isFalse();
        assertThat(ratified.admits("⟦s0⟧ a ratifié la convention.", "S")).as("no instrument token").isFalse();
    }

    /**
     * The prefilter may only skip sentences a rule cannot match: checked for every rule of every family
     * on every sentence of the corpus (every rule file beside a family) and of the synthetic texts.
     */
    @Test
    void noRuleMatchesASentenceItsPrefilterRejects() throws Exception {
        List<Path> files = new ArrayList<>(Corpus.files());
        try (Stream<Path> texts = Files.list(SYNTHETIC)) {
            texts.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        List<FactPattern> rules = new ArrayList<>();
        Path resources = Path.of("src/main/resources");
        try (Stream<Path> found = Files.walk(resources.resolve("org/w3id/dkg/loader/family"))) {
            for (Path file : found.sorted().toList()) {
                String resource = "/" + resources.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                if (name.contains("-grammar.")) {
                    // a grammar's templates become rules with the predicates beside them
                    String predicates = resource.substring(0, resource.lastIndexOf('/') + 1) + "predicates."
                            + languageOf(file).tag() + ".tsv";
                    rules.addAll(FactPatterns.grammar(languageOf(file), resource, predicates));
                } else if (isRuleFile(file) && !name.startsWith("predicates.")) {
                    rules.addAll(FactPatterns.load(languageOf(file), resource));
                }
            }
        }
        assertThat(rules).hasSizeGreaterThan(100);
        List<String> wronglySkipped = new ArrayList<>();
        int skipped = 0, tried = 0;
        for (Path file : files) {
            DocumentAnalysis doc = Extracted.pipeline().analyse(file);
            for (var s : doc.sentences()) {
                AnnotatedSentence sentence = AnnotatedSentence.of(doc, s);
                String lower = sentence.template().toLowerCase(Locale.ROOT);
                String letters = sentence.tokenLetters();
                for (FactPattern rule : rules) {
                    tried++;
                    if (rule.prefilter().admits(lower, letters)) continue;
                    skipped++;
                    if (rule.regex().matcher(sentence.template()).find()) {
                        wronglySkipped.add(rule.id() + " on " + sentence.template());
                    }
                }
            }
        }
        assertThat(wronglySkipped).isEmpty();
        assertThat(skipped).as("most rule tries are skipped").isGreaterThan(tried / 2);
    }

    /** The language of a rule file, from its name ({@code roles.fr.tsv}). */
    private static LanguagePack languageOf(Path file) {
        String name = file.getFileName().toString();
        String tag = name.substring(name.lastIndexOf('.', name.length() - 5) + 1, name.length() - 4);
        return Languages.load().byTag(tag).orElseThrow(() -> new AssertionError(file + ": no language pack " + tag));
    }

    private static boolean isRuleFile(Path file) {
        try {
            return file.toString().endsWith(".tsv") && Files.readAllLines(file).stream()
                    .anyMatch(l -> l.startsWith("id\t") && l.contains("pattern"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
