/**
 * Full-text search over the quotes ({@code /api/search}), through the store's Lucene index with an analyzer
 * per language, so that the workbench finds a fact by the words of its evidence in French or English.
 */
package org.w3id.dkg.app.search;
