package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.dkg.app.Http.enc;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * For queries the default graph is the union of the named graphs, while GRAPH, FROM, SPARQL
 * Update and the Graph Store Protocol still address the stored graphs (on the in-memory fixture;
 * {@link LinkedDataTest} checks the same on TDB2).
 */
class UnionDefaultGraphTest {
    static final String ADMIN = Http.basic("admin", "union-test-secret");
    static DkgStore store;
    static DkgServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Fixture.inMemory();
        server = DkgServer.start(store, 0, Map.of("dkg.admin.user", "admin", "dkg.admin.password", "union-test-secret"));
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String csv(String query) throws Exception {
        return http.get("/dkg/sparql?query=" + enc(query), "text/csv").body();
    }

    @Test
    void theDefaultGraphOfAQueryIsTheUnionOfTheNamedGraphs() throws Exception {
        assertThat(csv("SELECT ?key WHERE { ?s a <https://w3id.org/dkg/ontology#State> ; "
                + "<http://www.w3.org/2004/02/skos/core#notation> ?key } ORDER BY ?key")).isEqualTo("key\r\nESP\r\nMEX\r\n");
        // Every endpoint that answers queries: /dkg/sparql, /dkg/query and /dkg itself.
        for (String endpoint : new String[] {"/dkg/sparql", "/dkg/query", "/dkg"}) {
            String body = http.get(endpoint + "?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 10"), "text/csv").body();
            assertThat(body.split("\r\n")).as(endpoint).hasSize(11);
        }
    }

    @Test
    void graphStillReachesEachNamedGraphAndFromNamesTheDefaultGraph() throws Exception {
        assertThat(csv("SELECT ?doc WHERE { GRAPH <https://w3id.org/dkg/graph/document/doc-b> { ?doc a <https://w3id.org/dkg/ontology#Document> } }"))
                .isEqualTo("doc\r\nhttps://w3id.org/dkg/id/document/doc-b\r\n");
        assertThat(csv("SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/dkg/graph/document/doc-a> WHERE { ?s a ?type }"))
                .isEqualTo("n\r\n2\r\n");
    }

    @Test
    void updatesAndTheGraphStoreStillWriteTheStoredDefaultGraph() throws Exception {
        String insert = "INSERT DATA { <urn:test:s> <urn:test:p> \"in the stored default graph\" }";
        assertThat(http.post("/dkg/update", "application/sparql-update", insert, "*/*", ADMIN).statusCode()).isBetween(200, 204);
        assertThat(http.get("/dkg/data?default", "application/n-triples").body()).contains("in the stored default graph")
                .doesNotContain("ESP");
        // The stored default graph is outside the union; its own name still reaches it.
        assertThat(csv("SELECT (COUNT(*) AS ?n) WHERE { <urn:test:s> ?p ?o }")).isEqualTo("n\r\n0\r\n");
        assertThat(csv("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-arq:DefaultGraph> { <urn:test:s> ?p ?o } }")).isEqualTo("n\r\n1\r\n");
        // An update's WHERE sees the stored default graph, not the union: nothing of the named graphs is copied.
        String copy = "INSERT { GRAPH <urn:test:copy> { ?s ?p ?o } } WHERE { ?s ?p ?o }";
        assertThat(http.post("/dkg/update", "application/sparql-update", copy, "*/*", ADMIN).statusCode()).isBetween(200, 204);
        assertThat(csv("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:test:copy> { ?s ?p ?o } }")).isEqualTo("n\r\n1\r\n");
        http.post("/dkg/update", "application/sparql-update", "DROP GRAPH <urn:test:copy> ; CLEAR DEFAULT", "*/*", ADMIN);
    }
}
