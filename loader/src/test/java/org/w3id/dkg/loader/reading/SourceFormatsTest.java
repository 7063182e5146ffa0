package org.w3id.dkg.loader.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.DocumentPipeline;

/**
 * PDF and HTML documents, made here from a corpus text (a PDF written with PDFBox line by line,
 * an HTML page with one paragraph per text block, a script and a navigation bar), give the same
 * facts as the text file, and their format and checksum are recorded.
 */
class SourceFormatsTest {
    private static final String DOC = "004_047198d78f0f4c1e";
    private static DocumentPipeline pipeline;
    private static List<String> lines;

    @BeforeAll
    static void setUp() throws Exception {
        pipeline = DocumentPipeline.withDefaults();
        lines = Files.readAllLines(Corpus.DIR.resolve(DOC + ".txt"), StandardCharsets.UTF_8);
    }

    @Test
    void anHtmlPageLosesItsMarkupAndGivesTheFactsOfTheText(@TempDir Path dir) throws Exception {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Note</title>"
                + "<style>p { color: red }</style><script>var menu = 'Ukraine';</script></head><body>"
                + "<nav><a href=\"/\">Accueil</a> | <a href=\"/fr\">Nations Unies</a></nav><main>");
        for (String line : lines) {
            if (!line.isBlank()) {
                html.append("<p>").append(line.strip().replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
            }
        }
        html.append("</main><footer>© Organisation des Nations Unies</footer></body></html>");
        Path page = Files.writeString(dir.resolve(DOC + ".html"), html, StandardCharsets.UTF_8);

        SourceDocument read = new DocumentReader().read(page);
        assertThat(read.format()).isEqualTo("text/html");
        assertThat(read.raw()).doesNotContain("<p>").doesNotContain("var menu").doesNotContain("Accueil")
                .doesNotContain("color: red").doesNotContain("©")
                .contains("La Mission permanente de l’Ukraine auprès de l’Office des Nations Unies");
        Set<String> fromText = quotes(pipeline.extract(Corpus.DIR.resolve(DOC + ".txt")).model());
        assertThat(fromText).hasSizeGreaterThan(20).contains("de l’Ukraine");
        assertThat(quotes(pipeline.extract(page).model())).isEqualTo(fromText);
        assertThat(formatAndChecksum(pipeline.extract(page).model())).containsExactly("text/html", sha256(page));
    }

    @Test
    void aPdfIsReadPageByPageAndGivesTheFactsOfTheText(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve(DOC + ".pdf");
        writePdf(pdf, lines, null);
        SourceDocument read = new DocumentReader().read(pdf);
        assertThat(read.format()).isEqualTo("application/pdf");
        assertThat(read.raw()).contains("La Mission permanente de l’Ukraine auprès de l’Office des Nations Unies");
        Set<String> fromText = quotes(pipeline.extract(Corpus.DIR.resolve(DOC + ".txt")).model());
        assertThat(fromText).hasSizeGreaterThan(20).contains("de l’Ukraine");
        assertThat(quotes(pipeline.extract(pdf).model())).isEqualTo(fromText);
        assertThat(formatAndChecksum(pipeline.extract(pdf).model())).containsExactly("application/pdf", sha256(pdf));
    }

    @Test
    void badEncryptedAndEmptyPdfsAreRefusedByName(@TempDir Path dir) throws Exception {
        Path notPdf = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7 this is not a PDF body");
        assertThatThrownBy(() -> new DocumentReader().read(notPdf)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("broken.pdf").hasMessageContaining("not a readable PDF");
        Path locked = dir.resolve("locked.pdf");
        writePdf(locked, List.of("Texte secret"), "a-password");
        assertThatThrownBy(() -> new DocumentReader().read(locked)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("locked.pdf").hasMessageContaining("encrypted PDF");
        Path blank = dir.resolve("blank.pdf");
        writePdf(blank, List.of(), null);
        assertThatThrownBy(() -> new DocumentReader().read(blank)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("blank.pdf").hasMessageContaining("no text");
    }

    /** One text line per PDF line, a blank line as a gap, 60 lines a page, in a font that has the French letters. */
    private static void writePdf(Path file, List<String> text, String password) throws Exception {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = null;
            PDPageContentStream out = null;
            float y = 0;
            for (String line : text) {
                if (page == null || y < 40) {
                    if (out != null) out.close();
                    page = new PDPage(PDRectangle.A4);
                    pdf.addPage(page);
                    out = new PDPageContentStream(pdf, page);
                    y = page.getMediaBox().getHeight() - 40;
                }
                if (!line.isBlank()) {
                    out.beginText();
                    out.setFont(font, 8);
                    out.newLineAtOffset(40, y);
                    out.showText(line.strip().replace('\u202F', ' '));
                    out.endText();
                }
                y -= line.isBlank() ? 6 : 10;
            }
            if (out != null) out.close();
            if (page == null) pdf.addPage(new PDPage(PDRectangle.A4));
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                pdf.protect(policy);
            }
            pdf.save(file.toFile());
        }
    }

    private static Set<String> quotes(Model model) {
        Set<String> quotes = new TreeSet<>();
        model.listObjectsOfProperty(model.createProperty("http://www.w3.org/ns/oa#exact"))
                .forEachRemaining(o -> quotes.add(o.asLiteral().getString().replaceAll("\\s+", " ").strip()));
        return quotes;
    }

    private static List<String> formatAndChecksum(Model model) {
        String q = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX spdx: <http://spdx.org/rdf/terms#> "
                + "SELECT ?f ?v WHERE { ?d dcterms:format ?f ; spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ;"
                + " spdx:checksumValue ?v ] }";
        try (var exec = org.apache.jena.query.QueryExecutionFactory.create(q, model)) {
            var row = exec.execSelect().next();
            return List.of(row.getLiteral("f").getString(), row.getLiteral("v").getString());
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
