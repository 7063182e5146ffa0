/**
 * Reading: a source file (plain text, Markdown, PDF conversions, PDF and HTML files whose text is extracted first) into one normalised text with an offset map back to the source — hyphenation and split words repaired, page furniture set apart — so that every quote can be found again in what was read.
 */
package org.w3id.dkg.loader.reading;
