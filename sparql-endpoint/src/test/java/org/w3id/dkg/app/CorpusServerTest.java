package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.dkg.app.Http.enc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.app.store.StoreStats;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.LoadReport;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The server over the real corpus in TDB2, with a 2 s query timeout and a small row cap:
 * hostile queries end with an error within seconds and the server keeps answering;
 * search, VoID, the dump and loading into the running server.
 */
class CorpusServerTest {
    static final String ADMIN = Http.basic("loader", "another-test-secret");
    @TempDir
    static Path db;
    static DkgStore store;
    static DkgServer server;
    static Http http;

    @BeforeAll
    static void loadAndServe() {
        store = DkgStore.open(db);
        LoadReport report = new CorpusLoader(DocumentPipeline.withDefaults(), store)
                .load(List.of(Path.of("..", "corpus")), new CorpusLoader.Listener() {});
        assertThat(report.failures()).isEmpty();
        server = DkgServer.start(store, 0, Map.of("dkg.query.timeout", "2s", "dkg.query.max-rows", "5000",
                "dkg.query.max-concurrent", "2", "dkg.admin.user", "loader", "dkg.admin.password", "another-test-secret",
                "dkg.load.max-request-size", "100KB"));
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }

    @Test
    void aCrossProductTimesOutWithAnErrorAndTheNextQuerySucceeds() throws Exception {
        String hostile = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.get("/dkg/sparql?query=" + enc(hostile), "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).containsIgnoringCase("timed out");
        assertThat(ms).isLessThan(6000);
        assertThat(http.get("/dkg/sparql?query=" + enc("ASK { GRAPH ?g { ?s ?p ?o } }"), "application/sparql-results+json").body())
                .contains("true");
        assertThat(http.get("/health", "application/json").body()).contains("\"UP\"");
    }

    @Test
    void aStreamingCrossProductIsCutByTheRowCapOrTheTimeoutNeverTruncated() throws Exception {
        String hostile = "SELECT * WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.get("/dkg/sparql?query=" + enc(hostile), "application/sparql-results+json");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(6000);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("more than 5000 rows").contains("LIMIT");
        HttpResponse<String> limited = http.get("/dkg/sparql?query=" + enc(hostile + " LIMIT 10"), "text/csv");
        assertThat(limited.statusCode()).isEqualTo(200);
        assertThat(limited.body().split("\r\n")).hasSize(11);
    }

    @Test
    void searchFindsTheViennaDocument() throws Exception {
        HttpResponse<String> r = http.get("/api/search?q=Vienne", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsPattern("\"key\":\"VIENNA_DOCUMENT_(1999|2011)\"").contains("Document de Vienne")
                .contains("\"kind\":\"Instrument\"").contains("\"score\":");
        String inSparql = """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?s WHERE { ?s text:query "Vienne" }""";
        assertThat(http.get("/dkg/sparql?query=" + enc(inSparql), "text/csv").body()).contains("VIENNA_DOCUMENT");
        HttpResponse<String> quote = http.get("/api/search?q=" + enc("Honduras"), "application/json");
        assertThat(quote.body()).contains("/id/fact/").contains("\"document\":\"https://w3id.org/dkg/id/document/");
    }

    @Test
    void theQueryLibraryIsPublishedWithItsParameters() throws Exception {
        HttpResponse<String> all = http.get("/api/queries", "application/json");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"name\":\"osce-participating-states\"").contains("\"columns\":[\"stateKey\"");
        HttpResponse<String> one = http.get("/api/queries/state-profile", "application/json");
        assertThat(one.body()).contains("\"name\":\"state\"").contains("\"required\":true").contains("SELECT DISTINCT");
        assertThat(http.get("/api/queries/no-such-query", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void voidDescribesGraphsAndEndpoints() throws Exception {
        HttpResponse<String> r = http.get("/void", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("void:sparqlEndpoint").contains("/dkg/sparql>").contains("void:dataDump")
                .contains("<https://w3id.org/dkg/graph/document/000_d03a33050df2f971>").contains("void:vocabulary")
                .contains("sd:Service").contains("void:exampleResource");
    }

    @Test
    void dumpHoldsTheWholeStore() throws Exception {
        HttpResponse<byte[]> r = http.getBytes("/dkg/dump.nq.gz");
        assertThat(r.statusCode()).isEqualTo(200);
        Dataset ds = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFDataMgr.read(ds, in, Lang.NQUADS);
        }
        long expected = server.store().read(StoreStats::triples);
        assertThat((long) ds.asDatasetGraph().stream().count()).isEqualTo(expected);
    }

    @Test
    void aDocumentPageShowsSectionsAndTheirFacts() throws Exception {
        HttpResponse<String> r = http.get("/id/document/000_d03a33050df2f971", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h2>Sections").contains("Réponse reçue de l’Union européenne").contains("<blockquote>");
    }

    @Test
    void loadingIntoTheRunningServerNeedsCredentialsAndIndexesTheText() throws Exception {
        Path source = Path.of("..", "corpus", "004_047198d78f0f4c1e.txt");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String renamed = "900_loaded_over_http.txt";
        assertThat(http.post("/api/load?name=" + renamed, "text/plain", text, "application/json", null).statusCode()).isEqualTo(401);
        HttpResponse<String> r = http.post("/api/load?name=" + renamed, "text/plain", text, "application/json", ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"loaded\":[\"900_loaded_over_http\"]");
        String firstQuote = """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?q WHERE { GRAPH <https://w3id.org/dkg/graph/document/900_loaded_over_http> { ?s oa:exact ?q } }
                ORDER BY DESC(STRLEN(?q)) LIMIT 1""";
        String quote = http.get("/dkg/sparql?query=" + enc(firstQuote), "text/csv").body().split("\r\n")[1].replace("\"", "");
        HttpResponse<String> hits = http.get("/api/search?limit=200&q=" + enc(quote), "application/json");
        assertThat(hits.body()).as(quote).contains("document/900_loaded_over_http");
        assertThat(http.post("/api/load?name=" + enc("../etc/x.sh"), "text/plain", "x", "application/json", ADMIN).statusCode())
                .isEqualTo(400);
    }

    @Test
    void loadErrorsSayWhyAndNameTheUploadedFileNeverTheServersCopy() throws Exception {
        HttpResponse<String> badName = http.post("/api/load?name=" + enc("report.exe"), "text/plain", "x", "application/json", ADMIN);
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.body()).contains("\"error\"").contains("a file name such as 005_report.txt");
        HttpResponse<String> nulName = http.post("/api/load?name=" + enc("a\u0000b.txt"), "text/plain", "x", "application/json", ADMIN);
        assertThat(nulName.statusCode()).isEqualTo(400);
        HttpResponse<String> noName = http.post("/api/load", "text/plain", "x", "application/json", ADMIN);
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("name: required");

        HttpResponse<String> latin1 = Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/api/load?name=latin1-report.txt"))
                .header("Authorization", ADMIN).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray("Réponse reçue".getBytes(StandardCharsets.ISO_8859_1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(latin1.statusCode()).isEqualTo(422);
        assertThat(latin1.body()).contains("\"file\":\"latin1-report.txt\"")
                .contains("latin1-report.txt: is not valid UTF-8: malformed byte sequence at byte offset 1")
                .doesNotContain("dkg-load-").doesNotContain(System.getProperty("java.io.tmpdir"));

        HttpResponse<String> tooLarge = http.post("/api/load?name=big-report.txt", "text/plain", "Réponse. ".repeat(20_000),
                "application/json", ADMIN);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("big-report.txt: larger than this server loads").contains("dkg.load.max-request-size");
    }

    @Test
    void aNulInADocumentIsNeverStoredAndXmlAnswersParse() throws Exception {
        String text = Files.readString(Path.of("..", "corpus", "002_04d691f756cba794.txt"), StandardCharsets.UTF_8)
                .replace("[Original : russe]", "[Original :\u0000russe]");
        HttpResponse<String> r = http.post("/api/load?name=910_with_nul.txt", "text/plain", text, "application/json", ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String texts = """
                PREFIX dkg: <https://w3id.org/dkg/ontology#>
                SELECT ?text WHERE { GRAPH <https://w3id.org/dkg/graph/document/910_with_nul> { ?d dkg:normalisedText ?text } }""";
        HttpResponse<String> xml = http.get("/dkg/sparql?query=" + enc(texts), "application/sparql-results+xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("[Original : russe]").doesNotContain("&#x0;").doesNotContain("\u0000");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        String anyNul = "ASK { GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"\\u0000\")) } }";
        assertThat(http.get("/dkg/sparql?query=" + enc(anyNul), "application/sparql-results+json").body()).contains("false");
    }
}
