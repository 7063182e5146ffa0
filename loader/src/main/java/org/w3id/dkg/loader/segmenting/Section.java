package org.w3id.dkg.loader.segmenting;

/**
 * A titled part of a document ({@code II. Réponses reçues des gouvernements},
 * {@code A. Activités}, a Markdown heading).
 *
 * @param id     stable within the document: the path of numbers, e.g. {@code s2}, {@code s3.1}
 * @param number the number or letter as printed ({@code II}, {@code A}), or empty
 * @param title  the heading text without its number
 * @param level  1 for the top level
 * @param start  where the heading starts
 * @param end    where the section ends (next heading of the same or higher level, or end of text)
 */
public record Section(String id, String number, String title, int level, int start, int end) implements Span {}
