/**
 * The French language pack. Its lexicons (months, number words, articles, structure markers,
 * subjects, sentence abbreviations) are data under {@code /dkg/language/fr/}; the French rules of each
 * fact family sit beside that family ({@code *.fr.tsv}).
 */
package org.w3id.dkg.loader.language.fr;
