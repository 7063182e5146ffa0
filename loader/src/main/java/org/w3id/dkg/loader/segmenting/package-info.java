/**
 * Segmenting: a normalised text into sections, reply blocks (who answered, in which original language, on which date), paragraphs with stable ids, and sentences; the structure markers and abbreviations come from the document's language pack.
 */
package org.w3id.dkg.loader.segmenting;
