package org.w3id.dkg.loader.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.Corpus;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsACorpusFileWithItsDocId() throws Exception {
        SourceDocument doc = reader.read(Corpus.DIR.resolve("002_04d691f756cba794.txt"));
        assertThat(doc.docId()).isEqualTo("002_04d691f756cba794");
        assertThat(doc.raw()).contains("[Original : russe]");
    }

    @Test
    void malformedUtf8NamesTheFileAndTheByteOffset(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad-report.txt");
        byte[] head = "Réponse reçue ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // lead byte without its continuation
        bytes[head.length + 1] = 'x';
        bytes[head.length + 2] = '\n';
        Files.write(bad, bytes);
        assertThatThrownBy(() -> reader.read(bad))
                .isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("bad-report.txt")
                .hasMessageContaining("byte offset " + head.length)
                .satisfies(e -> assertThat(((BadDocumentException) e).file()).isEqualTo(bad));
    }

    @Test
    void emptyAndBlankFilesAreRefused(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\n\t\n");
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read(blank)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("blank.txt");
    }

    @Test
    void charactersXmlCannotCarryBecomeSpacesAtTheSameOffsets(@TempDir Path dir) throws Exception {
        String text = Files.readString(Corpus.DIR.resolve("002_04d691f756cba794.txt"));
        int at = text.indexOf("[Original : russe]");
        String hostile = text.substring(0, at) + "\u0000" + text.substring(at + 1, at + 5) + "\f\uFFFF" + text.substring(at + 7);
        Path file = Files.writeString(dir.resolve("nul.txt"), hostile);
        SourceDocument doc = reader.read(file);
        assertThat(doc.raw()).hasSize(hostile.length()).doesNotContain("\u0000", "\f", "\uFFFF");
        assertThat(doc.raw().substring(at, at + 8)).isEqualTo(" Orig  a"); // "[Original": [ → NUL, "in" → FF, U+FFFF
        assertThat(doc.raw().substring(at + 7)).isEqualTo(text.substring(at + 7));
        XmlCharacters.Cleaned cleaned = XmlCharacters.clean(hostile);
        assertThat(cleaned.describe()).isEqualTo("3 character(s) XML 1.0 cannot carry (U+0000 at char offset " + at
                + ", U+000C at char offset " + (at + 5) + ", U+FFFF at char offset " + (at + 6) + ") replaced by spaces");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big-report.txt"), "Réponse reçue. ".repeat(100));
        assertThatThrownBy(() -> new DocumentReader(1000).read(big)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("big-report.txt").hasMessageContaining("larger than the size limit")
                .hasMessageContaining("at most 1000").hasMessageContaining(DocumentReader.MAX_SIZE_PROPERTY);
        assertThat(new DocumentReader(100_000).read(big).raw()).startsWith("Réponse reçue.");
        assertThat(DocumentReader.bytes("32MB")).isEqualTo(32L << 20);
        assertThat(DocumentReader.bytes("500 kb")).isEqualTo(500L << 10);
    }

    @Test
    void missingFileIsRefused(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.txt");
        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("nowhere.txt");
    }

    @Test
    void docIdDropsOnlyTheLastExtension() {
        assertThat(DocumentReader.docId(Path.of("a", "004_047198d78f0f4c1e.txt"))).isEqualTo("004_047198d78f0f4c1e");
        assertThat(DocumentReader.docId(Path.of("report.v2.txt"))).isEqualTo("report.v2");
    }
}
