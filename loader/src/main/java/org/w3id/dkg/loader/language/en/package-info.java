/**
 * The English language pack: its lexicons under {@code /dkg/language/en/}, the English rules of each fact family
 * beside it ({@code *.en.tsv}). A first pack: structure, dates, amounts and the grammar of instrument actions;
 * the other families have no English rules yet.
 */
package org.w3id.dkg.loader.language.en;
