package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpStatus;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The W3C SPARQL 1.1 Protocol tests (the 34 approved) and Graph Store Protocol tests (the 9
 * of indirect graph identification), read from their manifests and run as HTTP exchanges
 * against a dkg server on a random port. Each test starts from an empty store holding only
 * the graphs its manifest lists.
 *
 * <p>The manifests' paths are mapped to dkg's endpoints: {@code /sparql/} to
 * {@code /dkg/update} for an update (the body or parameters say so) and to
 * {@code /dkg/sparql} otherwise; {@code /gsp} to {@code /dkg/data}. Writes carry the admin
 * account's credentials, reads none — and stricter than the suite, a read answered with 401
 * or 403, or any answer asking for a login, fails: a malformed public request must be told
 * what is wrong, not asked to log in. An expected {@code Content-Type} is compared in full when
 * the answer gives a charset, by its media type when it gives none (Turtle is always UTF-8).
 */
class W3cProtocolSuiteTest {
    private static final String ADMIN = Http.basic("admin", "w3c-suite-password");
    private static DkgStore store;
    private static DkgServer server;

    @BeforeAll
    static void start() {
        store = DkgStore.inMemory();
        server = DkgServer.start(store, 0, Map.of("dkg.admin.user", "admin", "dkg.admin.password", "w3c-suite-password"));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> sparqlProtocol() {
        List<W3cManifest.Test> tests = W3cManifest.read("/w3c/protocol/manifest.ttl").tests().stream()
                .filter(W3cManifest.Test::approved).toList();
        assertThat(tests).hasSize(34);
        return tests.stream().map(t -> DynamicTest.dynamicTest(t.toString(), () -> run(t)));
    }

    @TestFactory
    Stream<DynamicTest> graphStoreProtocol() {
        List<W3cManifest.Test> tests = W3cManifest.read("/w3c/graph-store-protocol/manifest-indirect.ttl").tests();
        assertThat(tests).hasSize(9);
        return tests.stream().map(t -> DynamicTest.dynamicTest(t.toString(), () -> run(t)));
    }

    private static void run(W3cManifest.Test test) throws Exception {
        store.dataset().executeWrite(() -> {
            store.dataset().asDatasetGraph().clear();
            test.graphData().forEach((name, file) -> RDFDataMgr.read(
                    store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(name)), file));
        });
        Map<String, String> variables = new HashMap<>();
        int step = 0;
        for (W3cManifest.Exchange exchange : test.exchanges()) {
            step++;
            HttpResponse<byte[]> answer = send(exchange, variables);
            check(test.id() + " request " + step + " " + exchange.method() + " " + exchange.path(), exchange, answer, variables);
        }
    }

    private static HttpResponse<byte[]> send(W3cManifest.Exchange exchange, Map<String, String> variables) throws Exception {
        String path = fill(exchange.path(), variables);
        byte[] body = exchange.body() == null ? null
                : variables.isEmpty() ? exchange.body() : fill(new String(exchange.body(), StandardCharsets.UTF_8), variables)
                        .getBytes(StandardCharsets.UTF_8);
        String target = target(path, exchange.headers(), body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + target))
                .method(exchange.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.headers().forEach(request::header);
        if (isWrite(target, exchange.method())) {
            request.header("Authorization", ADMIN);
        }
        return Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The dkg path for a manifest path: updates to {@code /dkg/update}, queries to {@code /dkg/sparql}, GSP to {@code /dkg/data}. */
    private static String target(String path, Map<String, String> headers, byte[] body) {
        if (path.startsWith("/gsp")) {
            return "/dkg/data" + path.substring("/gsp".length());
        }
        String rest = path.substring("/sparql/".length());
        String type = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        String text = body == null ? "" : new String(body, StandardCharsets.ISO_8859_1);
        boolean update = type.startsWith("application/sparql-update") || rest.startsWith("?update=") || rest.contains("&update=")
                || (type.startsWith("application/x-www-form-urlencoded") && (text.startsWith("update=") || text.contains("&update=")))
                || (type.isEmpty() && text.startsWith("update="));
        return (update ? "/dkg/update" : "/dkg/sparql") + rest;
    }

    private static boolean isWrite(String target, String method) {
        return target.startsWith("/dkg/update") || (target.startsWith("/dkg/data") && !Set.of("GET", "HEAD").contains(method));
    }

    private static void check(String what, W3cManifest.Exchange exchange, HttpResponse<byte[]> answer, Map<String, String> variables) {
        W3cManifest.Expected expected = exchange.expected();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        String context = what + " -> " + answer.statusCode() + " " + body;
        assertThat(expected.statuses().stream().anyMatch(s -> matches(s, answer.statusCode())))
                .as(context + " (expected " + expected.statuses() + ")").isTrue();
        assertThat(answer.headers().firstValue("WWW-Authenticate")).as(context).isEmpty();
        String target = answer.request().uri().getPath();
        if (!isWrite(target, exchange.method())) {
            assertThat(answer.statusCode()).as(context + ": a public request was asked to log in").isNotIn(401, 403);
        }
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        expected.format().ifPresent(format -> {
            Lang lang = RDFLanguages.contentTypeToLang(media);
            switch (format) {
                case "boolean" -> assertThat(lang).as(context).isIn(ResultSetLang.RS_XML, ResultSetLang.RS_JSON);
                case "tabular" -> assertThat(lang).as(context)
                        .isIn(ResultSetLang.RS_XML, ResultSetLang.RS_JSON, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
                case "RDF" -> assertThat(lang != null && RDFLanguages.isTriples(lang)).as(context).isTrue();
                default -> throw new IllegalStateException("unknown expected format " + format);
            }
        });
        expected.bool().ifPresent(b -> assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(answer.body()),
                RDFLanguages.contentTypeToLang(media))).as(context).isEqualTo(b));
        expected.location().ifPresent(name -> {
            String location = answer.headers().firstValue("Location").orElse(null);
            assertThat(location).as(context + ": no Location").isNotBlank();
            variables.put(name, location);
        });
        expected.headers().forEach((name, value) -> {
            String actual = normalise(answer.headers().firstValue(name).orElse(""));
            String want = normalise(value);
            if (name.equalsIgnoreCase("content-type") && !actual.contains(";")) {
                // text/turtle is UTF-8 by its registration: a charset parameter is optional.
                want = want.split(";", 2)[0];
            }
            assertThat(actual).as(context + ": " + name).isEqualTo(want);
        });
        expected.body().ifPresent(turtle -> {
            Graph want = GraphFactory.createDefaultGraph();
            RDFParser.fromString(turtle, Lang.TURTLE).parse(want);
            Graph got = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(answer.body())).lang(RDFLanguages.contentTypeToLang(media)).parse(got);
            assertThat(got.isIsomorphicWith(want)).as(context + ": graph differs from the expected one").isTrue();
        });
    }

    /** {@code hts:StatusCode4xx} is a class of codes; {@code hts:NoContent} one code, named as Spring's {@link HttpStatus}. */
    private static boolean matches(String name, int status) {
        if (name.matches("StatusCode[1-5]xx")) {
            return status / 100 == name.charAt("StatusCode".length()) - '0';
        }
        String constant = name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        return HttpStatus.valueOf(constant).value() == status;
    }

    /** A header value without case or spaces around its parameters: {@code text/turtle;charset=utf-8}. */
    private static String normalise(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("\\s*;\\s*", ";").trim();
    }

    private static String fill(String text, Map<String, String> variables) {
        String filled = text;
        for (var v : variables.entrySet()) {
            filled = filled.replace(v.getKey(), v.getValue());
        }
        return filled;
    }
}
