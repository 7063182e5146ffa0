/**
 * Languages as plug-ins: the {@link org.w3id.dkg.loader.language.LanguagePack} interface, the packs found
 * on the class path ({@link org.w3id.dkg.loader.language.Languages}) and the detection of a document's
 * language from its own words. A document in a language no pack reads is refused with its file named,
 * never turned into an empty graph.
 */
package org.w3id.dkg.loader.language;
