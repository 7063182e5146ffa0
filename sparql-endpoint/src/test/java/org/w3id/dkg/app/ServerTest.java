package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.app.store.StoreStats;
import org.w3id.dkg.loader.store.DkgStore;

/** The real server on a free port over the fixture, spoken to with RDF4J and plain HTTP (no Jena on the client side). */
class ServerTest {
    static final String STATES = """
            PREFIX dkg: <https://w3id.org/dkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?key WHERE { GRAPH ?g { ?s a dkg:State ; skos:notation ?key } } ORDER BY ?key""";
    static DkgStore store;
    static DkgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Fixture.inMemory();
        long t0 = System.nanoTime();
        server = DkgServer.start(store, 0);
        System.out.printf("server started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            store.close();
        }
    }

    @Test
    void answersSelectThroughRdf4j() {
        SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl());
        try (RepositoryConnection conn = repo.getConnection();
                TupleQueryResult result = conn.prepareTupleQuery(STATES).evaluate()) {
            List<String> keys = new ArrayList<>();
            for (BindingSet row : result) {
                keys.add(row.getValue("key").stringValue());
            }
            assertThat(keys).containsExactly("ESP", "MEX");
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void answersConstructThroughRdf4jAndAsTurtle() throws Exception {
        String construct = "PREFIX dkg: <https://w3id.org/dkg/ontology#> CONSTRUCT { ?f dkg:action ?a } WHERE { GRAPH ?g { ?f dkg:action ?a } }";
        SPARQLRepository repo = new SPARQLRepository(server.baseUrl() + "/dkg/query");
        try (RepositoryConnection conn = repo.getConnection()) {
            Model model = QueryResults.asModel(conn.prepareGraphQuery(construct).evaluate());
            assertThat(model).hasSize(2);
        } finally {
            repo.shutDown();
        }
        HttpResponse<String> turtle = get("/dkg/sparql?query=" + enc(construct), "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(turtle.body()).contains("\"ratified\"").contains("\"signed\"");
    }

    @Test
    void getWithAcceptJsonAndCsv() throws Exception {
        HttpResponse<String> json = get("/dkg/sparql?query=" + enc(STATES), "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"vars\"").contains("\"ESP\"");
        HttpResponse<String> csv = get("/dkg/query?query=" + enc(STATES), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo("key\r\nESP\r\nMEX\r\n");
    }

    @Test
    void postFormAndPostSparqlQuery() throws Exception {
        HttpResponse<String> form = post("/dkg/sparql", "application/x-www-form-urlencoded", "query=" + enc(STATES), "text/csv");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).isEqualTo("key\r\nESP\r\nMEX\r\n");
        HttpResponse<String> direct = post("/dkg/sparql", "application/sparql-query", STATES, "text/csv");
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).isEqualTo("key\r\nESP\r\nMEX\r\n");
    }

    @Test
    void refusesUpdatesAndWrites() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        for (String path : List.of("/dkg/sparql", "/dkg/update", "/dkg/query", "/dkg")) {
            assertThat(post(path, "application/sparql-update", update, "*/*").statusCode()).as(path).isBetween(400, 499);
            assertThat(post(path, "application/x-www-form-urlencoded", "update=" + enc(update), "*/*").statusCode())
                    .as(path).isBetween(400, 499);
        }
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dkg/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isBetween(400, 499);
        SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl(), server.sparqlUrl());
        try (RepositoryConnection conn = repo.getConnection()) {
            assertThatThrownBy(() -> conn.prepareUpdate(update).execute()).isInstanceOf(RuntimeException.class);
        } finally {
            repo.shutDown();
        }
        long defaultTriples = store.read(ds -> (long) ds.asDatasetGraph().getDefaultGraph().size());
        assertThat(defaultTriples).isZero();
    }

    @Test
    void readsAGraphThroughTheGraphStoreProtocol() throws Exception {
        HttpResponse<String> graph = get("/dkg/data?graph=" + enc("https://w3id.org/dkg/graph/reference"), "application/n-triples");
        assertThat(graph.statusCode()).isEqualTo(200);
        assertThat(graph.body()).contains("\"ESP\"");
    }

    @Test
    void corsIsOpenForReads() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + enc(STATES)))
                .header("Origin", "https://example.org").header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void homePageSaysWhatIsLoaded() throws Exception {
        long triples = store.read(StoreStats::triples);
        HttpResponse<String> home = get("/", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(home.body()).contains("<strong id=\"triples\">" + triples + "</strong>")
                .contains("<strong id=\"documents\">2</strong>").contains("href=\"/dkg/sparql\"")
                .contains("id=\"questions\"").contains("src=\"/assets/main.js\"");
        assertThat(get("/assets/main.js", "*/*").statusCode()).isEqualTo(200);
        assertThat(get("/assets/style.css", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsUpWithTheStore() throws Exception {
        for (String path : List.of("/actuator/health", "/health")) {
            HttpResponse<String> health = get(path, "application/json");
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"").contains("\"triples\"");
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String type, String body, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", type)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
