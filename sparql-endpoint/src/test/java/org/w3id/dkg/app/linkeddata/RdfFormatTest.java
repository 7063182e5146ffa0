package org.w3id.dkg.app.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What real clients send, and the representation each gets. */
class RdfFormatTest {

    @Test
    void browsersGetHtmlAndRdfClientsTheSyntaxTheyName() {
        assertThat(RdfFormat.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", null)).isEqualTo(RdfFormat.HTML);
        // Jena's RDFConnection / riot
        assertThat(RdfFormat.choose("text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5",
                null)).isEqualTo(RdfFormat.TURTLE);
        // rapper (Raptor) asking for RDF/XML first
        assertThat(RdfFormat.choose("application/rdf+xml, text/turtle;q=0.6", null)).isEqualTo(RdfFormat.RDFXML);
        assertThat(RdfFormat.choose("application/ld+json", null)).isEqualTo(RdfFormat.JSONLD);
        assertThat(RdfFormat.choose("application/json", null)).isEqualTo(RdfFormat.JSONLD);
        assertThat(RdfFormat.choose("application/n-triples", null)).isEqualTo(RdfFormat.NTRIPLES);
    }

    @Test
    void anythingGetsTurtleAndNothingAcceptableIsNull() {
        assertThat(RdfFormat.choose("*/*", null)).isEqualTo(RdfFormat.TURTLE);
        assertThat(RdfFormat.choose(null, null)).isEqualTo(RdfFormat.TURTLE);
        assertThat(RdfFormat.choose("text/*", null)).isEqualTo(RdfFormat.TURTLE);
        assertThat(RdfFormat.choose("image/png", null)).isNull();
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        assertThat(RdfFormat.choose("text/html", "nt")).isEqualTo(RdfFormat.NTRIPLES);
        assertThat(RdfFormat.choose("text/turtle", "jsonld")).isEqualTo(RdfFormat.JSONLD);
        assertThat(RdfFormat.choose("*/*", "application/rdf+xml")).isEqualTo(RdfFormat.RDFXML);
        assertThat(RdfFormat.choose("*/*", "pdf")).isNull();
    }
}
