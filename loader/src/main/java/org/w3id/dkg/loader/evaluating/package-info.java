/**
 * How well the loader reads: extracted facts compared with fixtures of expected facts that
 * a person wrote by reading the documents, as precision, recall and F1 per fact type; an entity
 * minted from the text is compared by document, kind and the name the text uses.
 */
package org.w3id.dkg.loader.evaluating;
