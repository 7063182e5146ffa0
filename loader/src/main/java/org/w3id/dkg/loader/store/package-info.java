/**
 * The store: how a TDB2 dataset is opened, and what every writer gets with it. {@link
 * org.w3id.dkg.loader.store.DkgStore} is the one way to open a store for writing, and the store it returns
 * is seen through its full-text index ({@code TextIndexes}, analyzers per language in {@link
 * org.w3id.dkg.loader.store.TextAnalysis}), so no writer can forget the index. A store held by another
 * process is told apart from a broken one by asking TDB2's lock, and reported as {@link
 * org.w3id.dkg.loader.store.StoreLockedException}. {@link org.w3id.dkg.loader.store.ReferenceData} puts the
 * ontology and the registries into a store.
 */
package org.w3id.dkg.loader.store;
