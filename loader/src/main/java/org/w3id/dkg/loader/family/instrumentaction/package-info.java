/** The instrument-action family: signatures, ratifications, accessions, adoptions and the other things actors do with instruments. Its rules are {@code instrument-actions.<lang>.tsv}. */
package org.w3id.dkg.loader.family.instrumentaction;
