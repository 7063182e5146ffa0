/**
 * Recognition: the names (one automaton over the registries' aliases in every language, with back-references such as "ledit Traité" resolved), dates, periods and amounts in a normalised text, each as a span with what it stands for. The forms of dates, amounts and back-references come from the document's language pack.
 */
package org.w3id.dkg.loader.recognising;
