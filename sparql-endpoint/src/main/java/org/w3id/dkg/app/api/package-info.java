/**
 * The application's own HTTP API beside the SPARQL endpoint: the query library as named endpoints, the
 * admin-only document load ({@code /api/load}, the same loader as {@code dkg load}) and the dumps. Kept apart
 * from Fuseki so that what is ours is secured and documented in one place.
 */
package org.w3id.dkg.app.api;
