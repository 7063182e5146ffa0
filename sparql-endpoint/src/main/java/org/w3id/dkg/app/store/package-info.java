/**
 * Figures about the store for {@code dkg stats} and the home page: triples per graph, instances per class,
 * facts per type — so that a person sees what a store holds without writing SPARQL.
 */
package org.w3id.dkg.app.store;
