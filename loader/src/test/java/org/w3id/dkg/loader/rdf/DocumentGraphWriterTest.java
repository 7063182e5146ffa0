package org.w3id.dkg.loader.rdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.family.reply.ReplyFact;

class DocumentGraphWriterTest {
    @Test
    void twoFactsWithOneIdentityAreRefusedByNameNotMergedIntoOneNode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reply.txt");
        Files.writeString(file, """
                  Qatar

                [Original : anglais]

                [9 juillet 2022]

                1. Le Qatar appuie les efforts déployés pour lutter contre le commerce illicite des armes légères.
                """);
        DocumentPipeline pipeline = DocumentPipeline.withDefaults();
        DocumentPipeline.Facts found = pipeline.facts(file);
        ReplyFact reply = found.facts().stream().filter(ReplyFact.class::isInstance).map(ReplyFact.class::cast)
                .findFirst().orElseThrow();
        String text = found.analysis().text().text();
        int body = text.indexOf("Le Qatar appuie");
        List<Fact> facts = new ArrayList<>(found.facts());
        facts.add(new ReplyFact(reply.respondent(), "", "", found.analysis().evidence(body, body + 15, "test", 0.5)));

        assertThatThrownBy(() -> new DocumentGraphWriter(pipeline.families()::write).write(found.analysis(), found.metadata(), facts))
                .hasMessageContaining("two facts would share one IRI (identity \"reply|STATE|QAT\")")
                .hasMessageContaining("\u201cQatar [Original : anglais] [9 juillet 2022]\u201d")
                .hasMessageContaining("\u201cLe Qatar appuie\u201d");
    }
}
