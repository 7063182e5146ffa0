/**
 * dkg as linked data: every IRI dkg mints ({@code https://w3id.org/dkg/id/...}, {@code code/...},
 * {@code graph/...}, {@code ontology}) dereferenced on this server as HTML or RDF, with
 * {@code Link} headers; the VoID and SPARQL service descriptions; the dumps. Addresses in
 * answers come from the configured public base URL ({@link org.w3id.dkg.app.linkeddata.PublicBase}),
 * never from a request, so that caches in front of the server can keep them.
 */
package org.w3id.dkg.app.linkeddata;
