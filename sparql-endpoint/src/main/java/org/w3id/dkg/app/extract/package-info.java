/**
 * What {@code dkg extract} prints without a store: facts as JSON lines with their quotes (and the entities
 * found in the text), and sentences as the extraction rules see them — so a person can check a rule on a
 * document before loading it.
 */
package org.w3id.dkg.app.extract;
