package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.dkg.app.Http.enc;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The SPARQL protocol, access rules, federation and linked-data pages over HTTP, on the
 * fixture: a server with an admin account and a SERVICE allowlist naming a second server,
 * and that second server, which has no admin account (writes off).
 */
class ProtocolTest {
    static final String ADMIN = Http.basic("admin", "s3cret-for-tests");
    static final String STATES = ServerTest.STATES;
    static DkgStore store;
    static DkgStore otherStore;
    static DkgServer other;
    static DkgServer server;
    static Http http;
    static Http otherHttp;

    @BeforeAll
    static void start() {
        otherStore = Fixture.inMemory();
        other = DkgServer.start(otherStore, 0);
        otherHttp = new Http(other.baseUrl());
        store = Fixture.inMemory();
        store.dataset().executeWrite(() -> RDFDataMgr.read(store.dataset(),
                ProtocolTest.class.getResource("/hostile.trig").toString()));
        server = DkgServer.start(store, 0, Map.of("dkg.admin.user", "admin", "dkg.admin.password", "s3cret-for-tests",
                "dkg.federation.allow", other.baseUrl() + "/dkg/"));
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
        other.close();
        store.close();
        otherStore.close();
    }

    @Test
    void selectResultsByAcceptAndByFormat() throws Exception {
        Map<String, String> byAccept = Map.of("application/sparql-results+json", "\"bindings\"",
                "application/sparql-results+xml", "<sparql", "text/csv", "key\r\nESP", "text/tab-separated-values", "?key\n\"ESP\"");
        for (var e : byAccept.entrySet()) {
            HttpResponse<String> r = http.get("/dkg/sparql?query=" + enc(STATES), e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            assertThat(r.body()).as(e.getKey()).contains(e.getValue());
        }
        Map<String, String> byFormat = Map.of("json", "\"bindings\"", "xml", "<sparql", "csv", "key\r\nESP", "tsv", "?key\n\"ESP\"");
        for (var e : byFormat.entrySet()) {
            HttpResponse<String> r = http.get("/dkg/query?format=" + e.getKey() + "&query=" + enc(STATES), "*/*");
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            assertThat(r.body()).as(e.getKey()).contains(e.getValue());
        }
    }

    @Test
    void constructAndDescribeInEachRdfSyntax() throws Exception {
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/dkg/graph/reference> { ?s ?p ?o } }";
        Map<String, String> types = Map.of("text/turtle", "text/turtle", "application/ld+json", "application/ld+json",
                "application/n-triples", "application/n-triples");
        for (var e : types.entrySet()) {
            HttpResponse<String> r = http.get("/dkg/sparql?query=" + enc(construct), e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(e.getKey()).startsWith(e.getValue());
            assertThat(r.body()).contains("ESP");
        }
        HttpResponse<String> byFormat = http.get("/dkg/sparql?format=ttl&query=" + enc(construct), "*/*");
        assertThat(byFormat.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        HttpResponse<String> describe = http.post("/dkg/sparql", "application/sparql-query",
                "DESCRIBE <https://w3id.org/dkg/id/state/ESP>", "application/n-triples", null);
        assertThat(describe.statusCode()).isEqualTo(200);
    }

    @Test
    void writesNeedTheAdminAccount() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:g> { <urn:x> <urn:y> \"written\" } }";
        assertThat(http.post("/dkg/update", "application/sparql-update", update, "*/*", null).statusCode()).isEqualTo(401);
        assertThat(http.post("/dkg/update", "application/sparql-update", update, "*/*", Http.basic("admin", "wrong")).statusCode())
                .isEqualTo(401);
        assertThat(http.method("PUT", "/dkg/data?graph=urn:test:h", "text/turtle", "<urn:a> <urn:b> <urn:c> .", null).statusCode())
                .isEqualTo(401);
        assertThat(http.post("/dkg/update", "application/sparql-update", update, "*/*", ADMIN).statusCode()).isBetween(200, 204);
        assertThat(http.method("PUT", "/dkg/data?graph=urn:test:h", "text/turtle", "<urn:a> <urn:b> <urn:c> .", ADMIN).statusCode())
                .isBetween(200, 204);
        HttpResponse<String> read = http.get("/dkg/data?graph=urn:test:h", "application/n-triples");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("<urn:c>");
        assertThat(http.method("DELETE", "/dkg/data?graph=urn:test:h", "text/plain", "", null).statusCode()).isEqualTo(401);
        assertThat(http.method("DELETE", "/dkg/data?graph=urn:test:h", "text/plain", "", ADMIN).statusCode()).isBetween(200, 204);
        assertThat(http.get("/dkg/data?graph=urn:test:h", "application/n-triples").statusCode()).isEqualTo(404);
        HttpResponse<String> written = http.get("/dkg/sparql?query=" + enc("ASK { GRAPH <urn:test:g> { <urn:x> <urn:y> \"written\" } }"),
                "application/sparql-results+json");
        assertThat(written.body()).contains("true");
    }

    @Test
    void withoutAnAdminAccountWritesAreForbidden() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertThat(otherHttp.post("/dkg/update", "application/sparql-update", update, "*/*", null).statusCode()).isEqualTo(403);
        assertThat(otherHttp.post("/dkg/update", "application/sparql-update", update, "*/*", ADMIN).statusCode()).isEqualTo(403);
        assertThat(otherHttp.method("PUT", "/dkg/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .", ADMIN).statusCode())
                .isEqualTo(403);
        assertThat(otherHttp.post("/api/load?name=x.txt", "text/plain", "x", "*/*", ADMIN).statusCode()).isEqualTo(403);
        long defaultTriples = otherStore.read(ds -> (long) ds.asDatasetGraph().getDefaultGraph().size());
        assertThat(defaultTriples).isZero();
    }

    @Test
    void serviceIsRefusedOutsideTheAllowlistAndWorksInside() throws Exception {
        String outside = "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data/> { ?s ?p ?o } }";
        HttpResponse<String> refused = http.get("/dkg/sparql?query=" + enc(outside), "application/sparql-results+json");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("SERVICE <http://169.254.169.254/latest/meta-data/> refused");
        String inside = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?key WHERE { SERVICE <" + other.sparqlUrl()
                + "> { GRAPH ?g { ?s a <https://w3id.org/dkg/ontology#State> ; skos:notation ?key } } } ORDER BY ?key";
        HttpResponse<String> federated = http.get("/dkg/sparql?query=" + enc(inside), "text/csv");
        assertThat(federated.statusCode()).as(federated.body()).isEqualTo(200);
        assertThat(federated.body()).isEqualTo("key\r\nESP\r\nMEX\r\n");
    }

    @Test
    void corsHeadersOnReadsAndPreflight() throws Exception {
        var r = Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/id/state/ESP"))
                .header("Origin", "https://example.org").header("Accept", "text/turtle").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        var preflight = Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.sparqlUrl()))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void anEntityInEveryContentType() throws Exception {
        Map<String, String> expected = Map.of("text/html", "<h1>Espagne (ESP)</h1>", "text/turtle", "skos:notation",
                "application/ld+json", "\"@context\"", "application/n-triples", "<https://w3id.org/dkg/id/state/ESP> ",
                "application/rdf+xml", "rdf:RDF");
        for (var e : expected.entrySet()) {
            HttpResponse<String> r = http.get("/id/state/ESP", e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(e.getKey()).startsWith(e.getKey());
            assertThat(r.body()).as(e.getKey()).contains(e.getValue());
        }
        assertThat(http.get("/id/state/ESP?format=jsonld", "text/html").body()).contains("\"@context\"");
        assertThat(http.get("/id/state/ESP", "text/html,application/xhtml+xml,*/*;q=0.8").body()).startsWith("<!DOCTYPE html>");
        assertThat(http.get("/id/state/NOWHERE", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("/id/state/ESP", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void entityPageGroupsFactsByType() throws Exception {
        String page = http.get("/id/state/ESP", "text/html").body();
        assertThat(page).contains("<h2>Facts (3)</h2>").contains("Reply (1)").contains("hostile fact type (1)")
                .contains("href=\"/id/document/evil\"").contains("<time>2022-05-31</time>");
    }

    @Test
    void documentTextAndLabelsAreEscaped() throws Exception {
        HttpResponse<String> page = http.get("/id/document/evil", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
        String entity = http.get("/id/state/ESP", "text/html").body();
        assertThat(entity).doesNotContain("<script>").contains("&lt;script&gt;alert(3)&lt;/script&gt;");
        String fact = http.get("/id/fact/evil1", "text/html").body();
        assertThat(fact).doesNotContain("<script>").contains("<blockquote class=\"quote\">&lt;script&gt;alert(1)&lt;/script&gt;</blockquote>");
    }

    @Test
    void ontologyAsTurtleAndHtml() throws Exception {
        HttpResponse<String> ttl = http.get("/ontology", "text/turtle");
        assertThat(ttl.statusCode()).isEqualTo(200);
        assertThat(ttl.body()).contains("owl:Ontology");
        HttpResponse<String> html = http.get("/ontology", "text/html");
        assertThat(html.body()).contains("id=\"Reply\"");
    }

    @Test
    void queriesStillPublicWhileWritesAreProtected() throws Exception {
        assertThat(http.post("/dkg/sparql", "application/sparql-query", STATES, "text/csv", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/health", "application/json").body()).contains("\"UP\"");
        assertThat(List.of(http.get("/void", "text/turtle").statusCode())).containsOnly(200);
    }

    @Test
    void malformedRequestsAreToldWhatIsWrongNotAskedToLogIn() throws Exception {
        HttpResponse<String> put = http.method("PUT", "/dkg/sparql", "application/sparql-query", STATES, null);
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
        HttpResponse<String> text = http.post("/dkg/sparql", "text/plain", STATES, "text/csv", null);
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.body()).contains("application/sparql-query");
        HttpResponse<String> untyped = Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.sparqlUrl()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(STATES)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(untyped.statusCode()).isEqualTo(400);
        HttpResponse<String> getUpdate = http.get("/dkg/update?update=" + enc("CLEAR ALL"), "*/*");
        assertThat(getUpdate.statusCode()).isEqualTo(405);
        for (HttpResponse<String> r : List.of(put, text, untyped, getUpdate)) {
            assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
    }

    @Test
    void anUpdateInAnotherCharsetThanUtf8IsRefusedAndNotRun() throws Exception {
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1)) {
            String graph = "urn:dkg:test:charset:" + charset.name();
            String update = "INSERT DATA { GRAPH <" + graph + "> { <urn:x> <urn:label> \"Réponse reçue à Genève\" } }";
            HttpResponse<String> r = Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/dkg/update"))
                    .header("Content-Type", "application/sparql-update; charset=" + charset.name())
                    .header("Authorization", ADMIN)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(update.getBytes(charset))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(charset.name()).isEqualTo(415);
            assertThat(r.body()).contains(charset.name()).contains("send it as UTF-8");
            String ask = "ASK { GRAPH <" + graph + "> { ?s ?p ?o } }";
            assertThat(http.get("/dkg/sparql?query=" + enc(ask), "application/sparql-results+json").body()).contains("false");
        }
        String update = "INSERT DATA { GRAPH <urn:dkg:test:charset:utf8> { <urn:x> <urn:label> \"Réponse reçue à Genève\" } }";
        HttpResponse<String> utf8 = http.post("/dkg/update", "application/sparql-update; charset=UTF-8", update, "*/*", ADMIN);
        assertThat(utf8.statusCode()).isBetween(200, 204);
        String select = "SELECT ?l WHERE { GRAPH <urn:dkg:test:charset:utf8> { <urn:x> <urn:label> ?l } }";
        assertThat(http.get("/dkg/sparql?query=" + enc(select), "text/csv").body()).isEqualTo("l\r\nRéponse reçue à Genève\r\n");
    }

    @Test
    void aGraphStorePostWithoutAGraphCreatesOneAndSaysWhere() throws Exception {
        HttpResponse<String> created = http.method("POST", "/dkg/data", "text/turtle", "<urn:a> <urn:b> \"posted\" .", ADMIN);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://w3id.org/dkg/graph/posted/");
        assertThat(http.get("/dkg/data?graph=" + enc(location), "application/n-triples").body()).contains("\"posted\"");
        long defaultTriples = store.read(ds -> (long) ds.asDatasetGraph().getDefaultGraph().size());
        assertThat(defaultTriples).as("nothing went to the default graph").isZero();
    }

    @Test
    void aDatasetPostedToTheGraphStoreKeepsItsOwnGraphsAndABadlyEscapedQueryStringIs400() throws Exception {
        HttpResponse<String> posted = http.method("POST", "/dkg/data", "application/trig",
                "<urn:test:quads> { <urn:a> <urn:b> \"in its own graph\" . }", ADMIN);
        assertThat(posted.statusCode()).isBetween(200, 204);
        assertThat(posted.headers().firstValue("Location")).isEmpty();
        assertThat(http.get("/dkg/data?graph=" + enc("urn:test:quads"), "application/n-triples").body()).contains("in its own graph");
        // a client that sends what java.net.URI refuses to build: written on the socket
        java.net.URI base = java.net.URI.create(server.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            String body = "--x--\r\n";
            String request = "POST /dkg/data?graph=%zz HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: " + ADMIN
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body;
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 400");
        }
    }
}
