package org.w3id.dkg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.w3id.dkg.loader.extracting.Fact;

/**
 * Any bytes given to the loader as a document: they are refused with a {@link BadDocumentException}
 * naming the file, or read into a document whose every fact quotes the text exactly — never
 * another exception, never a hang. Jazzer mutates the inputs, guided by the coverage of reading,
 * normalising, segmenting, recognising and extracting.
 *
 * <p>In {@code ./mvnw verify} it runs twice: once over the seed inputs kept beside this class
 * ({@code DocumentPipelineFuzzTestInputs/}, real excerpts of the corpus and the shapes of bad
 * input that once broke the reader), and once fuzzing for a short bounded time (the
 * {@code fuzz} execution of the loader's pom, {@code JAZZER_FUZZ=1}). A longer run:
 * {@code ./mvnw -pl loader verify -Ddkg.fuzz.duration=30m}. Inputs are bounded to 16 KB; an input that breaks the test is written by
 * Jazzer into the seed folder, to be committed as a seed of its own. Jazzer takes JUnit's {@code @Timeout} as its
 * per-input timeout, and JUnit applies it to the whole run too, so it is set to 10 minutes: an input
 * that hangs fails the run; slow but finite inputs are the benchmarks' business (big documents).
 */
class DocumentPipelineFuzzTest {
    private static final DocumentPipeline PIPELINE = DocumentPipeline.withDefaults();
    private static Path dir;

    @BeforeAll
    static void folder() throws Exception {
        dir = Files.createTempDirectory("dkg-fuzz");
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "60s", maxExecutions = 1_000_000)
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void anyBytesAreRefusedByNameOrReadIntoFactsThatQuoteTheText(byte[] bytes) throws Exception {
        if (bytes.length > 16_384) return;
        Path file = dir.resolve("fuzzed.txt");
        Files.write(file, bytes);
        DocumentPipeline.Facts found;
        try {
            found = PIPELINE.facts(file);
        } catch (BadDocumentException refused) {
            assertThat(refused.getMessage()).contains(file.toString());
            return;
        }
        String text = found.analysis().text().text();
        assertThat(text).doesNotContain("\u0000");
        for (Fact f : found.facts()) {
            assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().quote());
        }
    }
}
