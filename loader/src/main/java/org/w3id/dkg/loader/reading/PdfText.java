package org.w3id.dkg.loader.reading;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3id.dkg.loader.BadDocumentException;

/**
 * The text of a PDF (PDFBox), page by page in reading order ({@code setSortByPosition}), pages
 * separated by a blank line so that a paragraph never runs across a page break unnoticed, and
 * paragraphs (a wider gap between lines) too. A
 * file that is not a PDF, is encrypted, forbids text extraction or has no text (a scan) is
 * refused with a message naming it.
 */
final class PdfText {
    private PdfText() {}

    static String extract(Path file, byte[] bytes) throws BadDocumentException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new BadDocumentException(file, "is an encrypted PDF that forbids text extraction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n"); // a paragraph gap on the page becomes a blank line, as in the text files
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(pdf).strip();
                if (!pageText.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n\n").append(pageText);
                }
            }
            if (text.toString().isBlank()) {
                throw new BadDocumentException(file, "is a PDF with no text in it (" + pdf.getNumberOfPages()
                        + " page(s); a scan needs OCR first)");
            }
            return text.append('\n').toString();
        } catch (InvalidPasswordException e) {
            throw new BadDocumentException(file, "is an encrypted PDF that needs a password");
        } catch (IOException e) {
            throw new BadDocumentException(file, "is not a readable PDF (" + e.getMessage() + ")", e);
        }
    }
}
