package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.dkg.app.Http.enc;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.LoadReport;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.queries.LibraryQuery;
import org.w3id.dkg.queries.QueryLibrary;

/**
 * The server over the real corpus with its default admission settings (4 running, 64 waiting)
 * and a 5 s timeout: a catastrophic regular expression cannot hold a core past its deadline,
 * cheap queries keep being answered meanwhile, and ordinary bursts are queued, not refused.
 */
class HostileQueriesTest {
    static final String CATASTROPHIC = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(REGEX(STR(?o), \"^(.*?,){25}ZZZ\", \"s\")) }";
    static final long TIMEOUT_MS = 5_000;
    static final long GRACE_MS = 1_000;
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
        server = DkgServer.start(store, 0, Map.of("dkg.query.timeout", TIMEOUT_MS + "ms", "dkg.query.abort-grace", GRACE_MS + "ms"));
        http = new Http(server.baseUrl());
        try { // the first query of a fresh server loads its classes: not what is measured here
            assertThat(http.get("/dkg/sparql?query=" + enc("ASK {}"), "application/sparql-results+json").statusCode()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
    void fourCatastrophicRegexQueriesEndInTimeWhileAskIsAnsweredAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> hostile = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                hostile.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.get("/dkg/sparql?query=" + enc(CATASTROPHIC), "application/sparql-results+json");
                    return new long[] {r.statusCode(), (System.nanoTime() - t0) / 1_000_000};
                }));
            }
            // ASK from another client (another loopback address): the hostile client holds at most 3 of the 4 slots
            List<Long> askMs = new ArrayList<>();
            while (hostile.stream().anyMatch(f -> !f.isDone())) {
                long t0 = System.nanoTime();
                String ask = getFrom("127.0.0.2", "/dkg/sparql?query=" + enc("ASK {}"));
                askMs.add((System.nanoTime() - t0) / 1_000_000);
                assertThat(ask).startsWith("HTTP/1.1 200").contains("true");
                Thread.sleep(100);
            }
            for (Future<long[]> f : hostile) {
                long[] outcome = f.get();
                // answered (no literal of the corpus has 25 commas followed by ZZZ) or timed out: in time either way
                assertThat(outcome[0]).isIn(200L, 503L);
                assertThat(outcome[1]).isLessThan(TIMEOUT_MS + GRACE_MS + 1_000);
            }
            System.out.println("ASK during the regex queries (ms): " + askMs);
            assertThat(askMs).isNotEmpty().allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
        } finally {
            pool.shutdownNow();
        }
    }

    /** A GET sent from {@code localAddress}, so that the server sees another client: the whole response. */
    private static String getFrom(String localAddress, String path) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port(), InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: application/sparql-results+json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sixteenClientsTimesFiftyLibraryQueriesAreAllAnswered() throws Exception {
        List<LibraryQuery> library = QueryLibrary.standard().list();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Map<Integer, Integer>>> clients = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    Map<Integer, Integer> statuses = new TreeMap<>();
                    for (int i = 0; i < 50; i++) {
                        LibraryQuery q = library.get((client + i) % library.size());
                        HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(q.text())).build(), HttpResponse.BodyHandlers.ofString());
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                    }
                    return statuses;
                }));
            }
            Map<Integer, Integer> all = new TreeMap<>();
            for (Future<Map<Integer, Integer>> f : clients) {
                f.get().forEach((status, n) -> all.merge(status, n, Integer::sum));
            }
            assertThat(all).isEqualTo(Map.of(200, 800));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOversizedQueryIsRefusedWith413BeforeItIsParsed() throws Exception {
        String values = "SELECT * WHERE { VALUES ?x { " + "<urn:x:0123456789> ".repeat(60_000) + "} }";
        HttpResponse<String> r = http.post("/dkg/sparql", "application/sparql-query", values, "text/csv", null);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("dkg.query.max-request-size");
        HttpResponse<String> update = http.post("/dkg/update", "application/sparql-update",
                "INSERT DATA { " + "<urn:x> <urn:y> \"0123456789\" . ".repeat(40_000) + "}", "*/*", null);
        assertThat(update.statusCode()).isEqualTo(413);
    }

    @Test
    void whenTheHeapIsNearlyFullTheRunningQueriesAreAbortedAndTheServerAnswersOn() throws Exception {
        String cross = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }";
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long t0 = System.nanoTime();
            Future<HttpResponse<String>> hostile = pool.submit(() -> http.get("/dkg/sparql?query=" + enc(cross),
                    "application/sparql-results+json"));
            int aborted = 0;
            while (aborted == 0 && !hostile.isDone()) { // what the JVM's low-memory notification calls
                Thread.sleep(200);
                aborted = server.memoryGuard().lowOnMemory();
            }
            HttpResponse<String> r = hostile.get();
            assertThat(aborted).isEqualTo(1);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(TIMEOUT_MS);
            assertThat(http.get("/dkg/sparql?query=" + enc("ASK {}"), "application/sparql-results+json").body()).contains("true");
        } finally {
            pool.shutdownNow();
        }
    }
}
