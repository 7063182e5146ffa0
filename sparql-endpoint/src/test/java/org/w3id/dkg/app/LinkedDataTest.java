package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.dkg.app.Http.enc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * Linked data as a crawler, a catalogue and a caching client use it, on the corpus in TDB2:
 * the union default graph, the service description, dereferencing of every kind of IRI dkg
 * mints, VoID, dumps, HTTP caching and CORS, and answers that no {@code Host} header can change.
 * The server's public URL is configured ({@code dkg.public-url}).
 */
class LinkedDataTest {
    static final String PUBLIC = "https://dkg.example.org";
    static final String ADMIN = Http.basic("curator", "linked-data-test-secret");
    static final String DKG = "https://w3id.org/dkg/";
    static DkgStore store;
    static DkgServer server;
    static Http http;

    @BeforeAll
    static void loadAndServe() {
        store = CorpusStore.get();
        server = DkgServer.start(store, 0, Map.of("dkg.public-url", PUBLIC + "/", "dkg.publisher.name", "Test publisher",
                "dkg.admin.user", "curator", "dkg.admin.password", "linked-data-test-secret"));
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.TURTLE).parse(g);
        return g;
    }

    static String csv(String query) throws Exception {
        HttpResponse<String> r = http.get("/dkg/sparql?query=" + enc(query), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    static long count(String query) throws Exception {
        return Long.parseLong(csv(query).split("\r\n")[1].trim());
    }

    @Test
    void aQueryWithoutGraphSeesTheUnionOfTheNamedGraphs() throws Exception {
        assertThat(csv("SELECT * { ?s ?p ?o } LIMIT 10").split("\r\n")).hasSize(11);
        String replies = "PREFIX dkg: <https://w3id.org/dkg/ontology#> SELECT (COUNT(*) AS ?n) { ?r a dkg:Reply }";
        String repliesInGraphs = "PREFIX dkg: <https://w3id.org/dkg/ontology#> SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?r a dkg:Reply } }";
        // 7 replies to the 2022 report and 6 to the 2012 one (README).
        assertThat(count(replies)).isEqualTo(count(repliesInGraphs)).isGreaterThanOrEqualTo(13);
    }

    @Test
    void theEndpointWithoutAQueryDescribesItself() throws Exception {
        HttpResponse<String> sd = http.get("/dkg/sparql", "text/turtle");
        assertThat(sd.statusCode()).isEqualTo(200);
        assertThat(sd.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Graph g = turtle(sd.body());
        Node service = NodeFactory.createURI(PUBLIC + "/dkg/sparql");
        assertThat(g.contains(service, uri(SD + "endpoint"), service)).isTrue();
        assertThat(g.contains(service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"))).isTrue();
        assertThat(http.get("/dkg/query", "application/ld+json").body()).contains("UnionDefaultGraph");
        HttpResponse<String> browser = http.get("/dkg/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location")).contains("/");
        // A Graph Store read on the dataset itself is not taken for a service-description request.
        assertThat(http.get("/dkg?graph=" + enc(DKG + "graph/reference"), "application/n-triples").body())
                .contains("<https://w3id.org/dkg/id/state/ESP>");
    }

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String VOID = "http://rdfs.org/ns/void#";

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void voidHasLicencePublisherLinksetsPartitionsAndDumps() throws Exception {
        Graph g = turtle(http.get("/void", "text/turtle").body());
        Node dataset = uri(PUBLIC + "/void#dkg");
        assertThat(g.contains(dataset, uri("http://purl.org/dc/terms/license"), uri("https://www.apache.org/licenses/LICENSE-2.0"))).isTrue();
        assertThat(g.find(dataset, uri("http://purl.org/dc/terms/modified"), Node.ANY).toList()).hasSize(1);
        assertThat(g.find(dataset, uri("http://purl.org/dc/terms/publisher"), Node.ANY).toList()).hasSize(1);
        assertThat(g.find(Node.ANY, uri("http://xmlns.com/foaf/0.1/name"), NodeFactory.createLiteralString("Test publisher")).toList()).hasSize(1);
        assertThat(g.contains(dataset, uri(VOID + "sparqlEndpoint"), uri(PUBLIC + "/dkg/sparql"))).isTrue();
        // The Wikidata linkset counts every skos:exactMatch to Wikidata in the store.
        long wikidataLinks = count("""
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <http://www.w3.org/2004/02/skos/core#exactMatch> ?o
                  FILTER(STRSTARTS(STR(?o), "http://www.wikidata.org/entity/")) } }""");
        assertThat(wikidataLinks).isGreaterThan(190); // every UN member State has one
        Map<String, Long> linksets = new TreeMap<>();
        g.find(Node.ANY, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), uri(VOID + "Linkset")).forEach(t -> {
            Node target = g.find(t.getSubject(), uri(VOID + "objectsTarget"), Node.ANY).next().getObject();
            Node predicate = g.find(t.getSubject(), uri(VOID + "linkPredicate"), Node.ANY).next().getObject();
            long n = ((Number) g.find(t.getSubject(), uri(VOID + "triples"), Node.ANY).next().getObject().getLiteralValue()).longValue();
            linksets.put(target.getURI() + " " + predicate.getLocalName(), n);
        });
        assertThat(linksets).containsEntry("http://www.wikidata.org/ exactMatch", wikidataLinks)
                .containsKey("https://www.geonames.org/ exactMatch").containsKey("http://data.europa.eu/eli/ exactMatch");
        // Class partition: the number of States.
        long states = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/dkg/ontology#State> } }");
        Node statePartition = g.find(Node.ANY, uri(VOID + "class"), uri("https://w3id.org/dkg/ontology#State")).next().getSubject();
        assertThat(((Number) g.find(statePartition, uri(VOID + "entities"), Node.ANY).next().getObject().getLiteralValue()).longValue())
                .isEqualTo(states);
        assertThat(g.find(Node.ANY, uri(VOID + "property"), uri("http://www.w3.org/ns/oa#exact")).toList()).hasSize(1);
        assertThat(g.find(dataset, uri(VOID + "exampleResource"), Node.ANY).toList()).isNotEmpty();
        assertThat(g.contains(dataset, uri(VOID + "dataDump"), uri(PUBLIC + "/dump/dkg.nq.gz"))).isTrue();
        assertThat(g.contains(dataset, uri(VOID + "dataDump"), uri(PUBLIC + "/dump/dkg.trig.gz"))).isTrue();
        assertThat(g.contains(uri(DKG + "graph/reference"), uri(VOID + "dataDump"), uri(PUBLIC + "/dump/graph/reference.nq.gz"))).isTrue();
    }

    @Test
    void dumpsHoldTheWholeStoreAndEachGraph() throws Exception {
        long total = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertThat(quads("/dump/dkg.trig.gz", Lang.TRIG)).isEqualTo(total);
        assertThat(quads("/dump/dkg.nq.gz", Lang.NQUADS)).isEqualTo(total);
        long reference = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/dkg/graph/reference> { ?s ?p ?o } }");
        assertThat(quads("/dump/graph/reference.nq.gz", Lang.NQUADS)).isEqualTo(reference);
        long doc = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/dkg/graph/document/004_047198d78f0f4c1e> { ?s ?p ?o } }");
        assertThat(quads("/dump/graph/document/004_047198d78f0f4c1e.trig.gz", Lang.TRIG)).isEqualTo(doc);
        assertThat(http.getBytes("/dump/graph/no-such-graph.nq.gz").statusCode()).isEqualTo(404);
    }

    static long quads(String path, Lang lang) throws Exception {
        HttpResponse<byte[]> r = http.getBytes(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        Dataset ds = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFDataMgr.read(ds, in, lang);
        }
        return ds.asDatasetGraph().stream().count();
    }

    @Test
    void anEntitysRdfHoldsTheFactsItTakesPartInWithTheirEvidence() throws Exception {
        HttpResponse<String> r = http.get("/id/state/BFA", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = turtle(r.body());
        Node bfa = uri(DKG + "id/state/BFA");
        // Incoming: facts whose actor is Burkina Faso, each with its evidence and quote.
        List<Node> actions = g.find(Node.ANY, uri("https://w3id.org/dkg/ontology#actor"), bfa).mapWith(t -> t.getSubject()).toList();
        assertThat(actions).isNotEmpty();
        assertThat(r.body()).contains("a été signé par le Burkina Faso le 3 juin 2013");
        for (Node fact : actions) {
            Node evidence = g.find(fact, uri("https://w3id.org/dkg/ontology#evidence"), Node.ANY).next().getObject();
            assertThat(g.find(evidence, uri("http://www.w3.org/ns/oa#hasSelector"), Node.ANY).toList()).hasSize(2);
            Node paragraph = g.find(evidence, uri("https://w3id.org/dkg/ontology#paragraph"), Node.ANY).next().getObject();
            assertThat(g.find(paragraph, uri("https://w3id.org/dkg/ontology#start"), Node.ANY).toList()).hasSize(1);
        }
        // Outgoing: its own triples, and the direct triple of the simple question.
        assertThat(g.find(bfa, uri("http://www.w3.org/2004/02/skos/core#notation"), Node.ANY).toList()).hasSize(1);
        assertThat(g.find(bfa, uri("https://w3id.org/dkg/ontology#signed"), uri(DKG + "id/instrument/ATT")).toList()).hasSize(1);
        // Link headers name the IRI and the other formats at the public URL.
        assertThat(r.headers().firstValue("Link").orElse("")).contains("<" + DKG + "id/state/BFA>; rel=\"describes\"")
                .contains("<" + PUBLIC + "/id/state/BFA?format=jsonld>; rel=\"alternate\"; type=\"application/ld+json\"")
                .doesNotContain("format=ttl");
    }

    @Test
    void theCorpussEuDecisionAndOrganisationsDereferenceWithTheirExternalLinks() throws Exception {
        // CFSP 2019/2108, funding the OAS in the 2022 report: ELI and CELEX as on eur-lex.europa.eu.
        Graph decision = turtle(http.get("/id/instrument/EU_DECISION_2019_2108", "text/turtle").body());
        Node match = uri("http://www.w3.org/2004/02/skos/core#exactMatch");
        Node iri = uri(DKG + "id/instrument/EU_DECISION_2019_2108");
        assertThat(decision.contains(iri, match, uri("http://data.europa.eu/eli/dec/2019/2108/oj"))).isTrue();
        assertThat(decision.contains(iri, match, uri("http://publications.europa.eu/resource/celex/32019D2108"))).isTrue();
        Graph oas = turtle(http.get("/id/org/OAS", "text/turtle").body());
        assertThat(oas.contains(uri(DKG + "id/org/OAS"), match, uri("http://www.wikidata.org/entity/Q123759"))).isTrue();
    }

    @Test
    void aFactsRdfCarriesItsWholeEvidence() throws Exception {
        String iri = csv("""
                PREFIX dkg: <https://w3id.org/dkg/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?f WHERE { ?f a dkg:InstrumentAction ; dkg:actor <https://w3id.org/dkg/id/state/BFA> ;
                  dkg:instrument <https://w3id.org/dkg/id/instrument/ATT> ; dkg:evidence/oa:hasSelector/oa:exact ?q
                  FILTER(CONTAINS(?q, "signé par le Burkina Faso le 3 juin 2013")) } LIMIT 1""")
                .split("\r\n")[1];
        Graph g = turtle(http.get(iri.substring(DKG.length() - 1), "text/turtle").body());
        Node evidence = uri(iri + "#evidence");
        for (String p : List.of("http://www.w3.org/ns/oa#hasSource", "https://w3id.org/dkg/ontology#rule",
                "https://w3id.org/dkg/ontology#confidence", "https://w3id.org/dkg/ontology#paragraph")) {
            assertThat(g.find(evidence, uri(p), Node.ANY).toList()).as(p).hasSize(1);
        }
        assertThat(g.find(Node.ANY, uri("http://www.w3.org/ns/oa#exact"), Node.ANY).next().getObject().getLiteralLexicalForm())
                .contains("signé par le Burkina Faso le 3 juin 2013");
        assertThat(g.find(Node.ANY, uri("http://www.w3.org/ns/oa#start"), Node.ANY).toList()).hasSize(1);
    }

    @Test
    void anEntityFoundInTheTextSaysSoOnItsPageWithTheWordsThatIntroducedIt() throws Exception {
        // Report 000 names NATO's "Initiative de coopération d’Istanbul", which no registry lists.
        String iri = csv("""
                PREFIX dkg: <https://w3id.org/dkg/ontology#>
                SELECT ?e WHERE { ?e dkg:foundIn ?doc ; dkg:definingQuote ?q FILTER(CONTAINS(?q, "Istanbul")) } LIMIT 1""")
                .split("\r\n")[1];
        String page = http.get(iri.substring(DKG.length() - 1), "text/html").body();
        assertThat(page).contains("found in the text of the reports — not in dkg&#39;s registries")
                .contains("ontology#definingQuote").contains("ontology#foundIn").contains("Initiative de coopération d’Istanbul");
        Graph g = turtle(http.get(iri.substring(DKG.length() - 1), "text/turtle").body());
        assertThat(g.find(uri(iri), uri("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY).next().getObject().getLiteralLanguage())
                .isEqualTo("fr");
    }

    /** Every IRI under https://w3id.org/dkg/ that the store holds, by kind. */
    static Map<String, List<String>> iris() throws Exception {
        String all = csv("""
                SELECT DISTINCT ?iri WHERE {
                  { GRAPH ?g { ?iri ?p ?o } } UNION { GRAPH ?g { ?s ?p ?iri } } UNION { GRAPH ?iri { ?s ?p ?o } }
                  FILTER(isIRI(?iri) && STRSTARTS(STR(?iri), "https://w3id.org/dkg/"))
                }""");
        Map<String, List<String>> byKind = new TreeMap<>();
        for (String iri : all.split("\r\n")) {
            if (!iri.startsWith(DKG)) {
                continue;
            }
            String rest = iri.substring(DKG.length());
            String kind = rest.startsWith("id/fact/") ? "fact" : rest.startsWith("id/") ? rest.split("/")[1]
                    : rest.startsWith("ontology") ? "ontology" : rest.split("/")[0];
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(iri);
        }
        return byKind;
    }

    @Test
    void aRandomSampleOf200IrisDereferencesInHtmlAndTurtle() throws Exception {
        Map<String, List<String>> byKind = iris();
        assertThat(byKind).containsKeys("fact", "state", "org", "instrument", "document", "code", "graph", "ontology");
        // Every kind is in the sample (up to 10 of each), the rest drawn from all IRIs at random.
        Random random = new Random(15);
        List<String> sample = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (List<String> iris : byKind.values()) {
            List<String> shuffled = new ArrayList<>(iris);
            Collections.shuffle(shuffled, random);
            sample.addAll(shuffled.subList(0, Math.min(10, shuffled.size())));
            rest.addAll(shuffled.subList(Math.min(10, shuffled.size()), shuffled.size()));
        }
        Collections.shuffle(rest, random);
        sample.addAll(rest.subList(0, 200 - sample.size()));
        assertThat(sample).hasSize(200);
        List<String> failures = new ArrayList<>();
        for (String iri : sample) {
            String path = "/" + iri.substring(DKG.length());
            int hash = path.indexOf('#');
            String resource = hash < 0 ? path : path.substring(0, hash);
            HttpResponse<String> html = http.get(resource, "text/html");
            HttpResponse<String> ttl = http.get(resource, "text/turtle");
            if (html.statusCode() != 200 || !html.body().startsWith("<!DOCTYPE html>")) {
                failures.add(iri + " html " + html.statusCode());
            }
            if (ttl.statusCode() != 200) {
                failures.add(iri + " turtle " + ttl.statusCode());
            } else if (!turtle(ttl.body()).find(Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                failures.add(iri + " turtle empty");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void answersCarryValidatorsAndRevalidateWith304() throws Exception {
        for (String path : List.of("/id/state/ESP", "/void", "/dkg/sparql?query=" + enc("ASK { ?s ?p ?o }"), "/graph/reference")) {
            HttpResponse<String> first = http.get(path, "text/turtle");
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Last-Modified")).as(path).isPresent();
            assertThat(first.headers().firstValue("Cache-Control").orElse("")).as(path).contains("max-age=60").doesNotContain("no-store");
            HttpResponse<String> again = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Accept", "text/turtle").header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            HttpResponse<String> since = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Accept", "text/turtle").header("If-Modified-Since", first.headers().firstValue("Last-Modified").get())
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(since.statusCode()).as(path).isEqualTo(304);
            // Another representation has another validator.
            assertThat(http.get(path, "application/n-triples").headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        }
        HttpResponse<String> missing = http.get("/id/state/NOWHERE", "text/turtle");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void aWriteChangesTheValidators() throws Exception {
        String path = "/dkg/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:written> { ?s ?p ?o } }");
        String before = http.get(path, "text/csv").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> write = http.post("/dkg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:test:written> { <urn:a> <urn:b> \"c\" } }", "*/*", ADMIN);
        assertThat(write.statusCode()).isBetween(200, 204);
        HttpResponse<String> after = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "text/csv").header("If-None-Match", before).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo("n\r\n1\r\n");
        // On TDB2 too, the stored default graph is outside the union and reached by its name.
        http.post("/dkg/update", "application/sparql-update", "INSERT DATA { <urn:test:d> <urn:test:p> 1 }", "*/*", ADMIN);
        assertThat(csv("SELECT (COUNT(*) AS ?n) WHERE { <urn:test:d> ?p ?o }")).isEqualTo("n\r\n0\r\n");
        assertThat(csv("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-arq:DefaultGraph> { <urn:test:d> ?p ?o } }")).isEqualTo("n\r\n1\r\n");
        http.post("/dkg/update", "application/sparql-update", "DROP GRAPH <urn:test:written> ; CLEAR DEFAULT", "*/*", ADMIN);
    }

    @Test
    void corsExposesRetryAfterValidatorsAndLinks() throws Exception {
        HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/id/state/ESP"))
                .header("Origin", "https://client.example").header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("Retry-After").contains("ETag").contains("Link").contains("Last-Modified");
    }

    /** One raw HTTP/1.1 exchange, so that the Host header is the test's to choose. */
    static String raw(String path, String host, String accept) throws Exception {
        try (Socket socket = new Socket("localhost", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept
                    + "\r\nX-Forwarded-Host: " + host + "\r\nX-Forwarded-Proto: http\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // Drop the Date header and Fuseki's request counter: the only parts that differ between two requests.
            return response.replaceAll("(?m)^(Date|Fuseki-Request-Id): .*\r\n", "");
        }
    }

    @Test
    void aHostHeaderChangesNothingInAnyAnswer() throws Exception {
        String honest = "localhost:" + server.port();
        for (String[] request : List.of(new String[] {"/void", "text/turtle"}, new String[] {"/dkg/sparql", "text/turtle"},
                new String[] {"/dkg/sparql", "text/html"}, new String[] {"/id/state/ESP", "text/turtle"},
                new String[] {"/id/state/ESP", "text/html"}, new String[] {"/graph/reference", "text/html"},
                new String[] {"/ontology", "text/turtle"}, new String[] {"/", "text/html"},
                new String[] {"/dkg/sparql?query=" + enc("SELECT ?s WHERE { ?s a <https://w3id.org/dkg/ontology#State> } LIMIT 3"), "text/csv"},
                new String[] {"/id/state/NOWHERE", "text/turtle"})) {
            String expected = raw(request[0], honest, request[1]);
            String attacked = raw(request[0], "attacker.example", request[1]);
            assertThat(expected).as(request[0] + " " + request[1]).startsWith("HTTP/1.1 ").doesNotContain("attacker");
            assertThat(attacked).as(request[0] + " " + request[1]).isEqualTo(expected).doesNotContain("attacker.example");
        }
    }
}
