package org.w3id.dkg.loader.extracting;

/**
 * What a document says about itself. Empty strings stand for what the text does not say.
 *
 * @param docId    the document identifier
 * @param symbol   the UN document symbol ({@code A/67/131})
 * @param title    the title, in the document's language
 * @param date     ISO date of the document
 * @param docType  notation in the document-kind code list ({@code report_SG}, {@code note_verbale})
 * @param language ISO 639-1 code of the document's language
 */
public record DocumentMetadata(String docId, String symbol, String title, String date, String docType,
                               String language) {}
