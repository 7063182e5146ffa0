package org.w3id.dkg.loader.recognising;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.linking.EntityRegistry;

/** Recognition on the real corpus, read raw (PDF line breaks inside names included). */
class CorpusRecognitionTest {

    private static final EntityRecogniser RECOGNISER = new EntityRecogniser(EntityRegistry.loadDefault());

    @Test
    void document000NamesItsRespondentsOrganisationsAndInstruments() {
        String text = CorpusFiles.read("000");
        List<EntityMention> mentions = RECOGNISER.recognise(text);
        Set<String> keys = mentions.stream().map(m -> m.entity().key()).collect(Collectors.toSet());
        assertThat(keys).contains("ESP", "MEX", "BFA", "CUB", "HND", "PAK", "ARG", "BRA", "COL", "PER",
                "OSCE", "EU", "OAS", "IADB", "ECOWAS", "CELAC", "ATT", "VIENNA_DOCUMENT_1999", "OPEN_SKIES",
                "UNGA_RES_76_43", "UNSCR_1540", "EU_DECISION_2019_2108");
        mentions.forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface()));
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
        int original = text.indexOf("[Original : espagnol]");
        assertThat(original).isNotNegative();
        assertThat(mentions).noneMatch(m -> m.start() >= original && m.start() < original + 21);
        assertThat(mentions).noneMatch(m -> m.surface().equals("espagnol") && text.startsWith("[Original", m.start() - 12));
    }

    @Test
    void recallOnGold002() throws IOException {
        assertRecall("002");
    }

    @Test
    void recallOnGold004() throws IOException {
        assertRecall("004");
    }

    private static void assertRecall(String doc) throws IOException {
        Path dir = CorpusFiles.GOLD.resolve(doc);
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("mentions.tsv")), "gold tables not available: " + dir);
        Set<String> expected = new TreeSet<>();
        List<String> lines = Files.readAllLines(dir.resolve("mentions.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            if (c.length > 2 && (c[1].equals("State") || c[1].equals("Organisation"))) {
                expected.add(c[2]);
            }
        }
        Set<String> found = RECOGNISER.recognise(CorpusFiles.read(doc)).stream()
                .map(m -> m.entity().key()).collect(Collectors.toSet());
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        double recall = 1.0 - (double) missed.size() / expected.size();
        assertThat(recall).as("recall on " + doc + " States and organisations; missed " + missed)
                .isGreaterThanOrEqualTo(0.9);
    }
}
