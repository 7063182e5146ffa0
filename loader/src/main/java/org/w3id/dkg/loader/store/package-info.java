/**
 * The TDB2 store: opening it, writing one document per transaction, the reference graphs, and the errors a busy store gives.
 */
package org.w3id.dkg.loader.store;
