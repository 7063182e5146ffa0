package org.w3id.dkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's examples are what dkg answers: the table printed under
 * {@code $ ./dkg query replies} is compared with the query's real output, so the README
 * cannot drift from the code.
 */
class ReadmeTest {
    @Test
    void theRepliesTableOfTheReadmeIsTheQuerysAnswer() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("\\$ \\./dkg query replies\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README shows the output of ./dkg query replies").isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.on(LibraryAnswersTest.store().dataset()).run(QueryLibrary.standard().find("replies").orElseThrow(),
                Map.of(), ResultFormats.writer(ResultFormat.TABLE, out));
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(block.group(1).strip());
    }
}
