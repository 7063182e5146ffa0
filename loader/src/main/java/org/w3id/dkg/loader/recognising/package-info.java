/**
 * Recognition: the names (one automaton over the registries' aliases in every language, with back-references such as "ledit Traité" resolved), dates, periods and amounts in a normalised text, each as a span with what it stands for. The bodies and instruments no registry lists are found from the text itself (acronym definitions, short names, institutional noun phrases: {@link org.w3id.dkg.loader.recognising.OpenWorldRecogniser}). The forms of dates, amounts, back-references and institutional names come from the document's language pack.
 */
package org.w3id.dkg.loader.recognising;
