/** The citation family: UN document symbols cited in the text or its link lines. Rules: {@code citations.<lang>.tsv}. */
package org.w3id.dkg.loader.family.citation;
