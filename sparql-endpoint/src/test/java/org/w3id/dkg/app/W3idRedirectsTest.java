package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The w3id.org rules ({@code w3id/.htaccess}) run by a real Apache httpd with mod_rewrite, as
 * w3id.org runs them: each IRI kind dkg mints, asked for as HTML and as each RDF syntax, is
 * redirected with 303 to the deployment, and the redirect target, asked for on a dkg server,
 * answers 200 in the syntax asked for. Needs {@code apache2} (Debian package apache2-bin; {@code .ci/run}
 * installs it and sets {@code DKG_REQUIRE_APACHE=1}, so in CI a missing httpd fails the test);
 * skipped elsewhere when it is absent.
 */
class W3idRedirectsTest {
    static final String DEPLOYMENT = "https://dkg.example.org";
    static final Path MODULES = Path.of("/usr/lib/apache2/modules");
    static Process httpd;
    static String w3id;
    static DkgStore store;
    static DkgServer server;
    static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Path binary = Path.of("/usr/sbin/apache2");
        boolean required = "1".equals(System.getenv("DKG_REQUIRE_APACHE"));
        if (!Files.isExecutable(binary) || !Files.exists(MODULES.resolve("mod_rewrite.so"))) {
            if (required) {
                throw new IllegalStateException("apache2 with mod_rewrite is needed (apt-get install apache2-bin; .ci/run does)");
            }
            Assumptions.abort("apache2 is not installed: the w3id rules are not checked here");
        }
        Path work = Files.createTempDirectory("w3id-httpd");
        Path root = Files.createDirectories(work.resolve("root").resolve("dkg"));
        Files.copy(Path.of("..", "w3id", ".htaccess"), root.resolve(".htaccess"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.writeString(work.resolve("httpd.conf"), """
                ServerRoot %1$s
                PidFile %1$s/httpd.pid
                Listen 127.0.0.1:%2$d
                LoadModule mpm_event_module %3$s/mod_mpm_event.so
                LoadModule authz_core_module %3$s/mod_authz_core.so
                LoadModule rewrite_module %3$s/mod_rewrite.so
                ServerName localhost
                ErrorLog %1$s/error.log
                DocumentRoot %1$s/root
                <Directory %1$s/root>
                  Options FollowSymLinks
                  AllowOverride All
                  Require all granted
                </Directory>
                """.formatted(work, port, MODULES));
        httpd = new ProcessBuilder(binary.toString(), "-f", work.resolve("httpd.conf").toString(), "-DFOREGROUND")
                .redirectErrorStream(true).redirectOutput(work.resolve("out.log").toFile()).start();
        w3id = "http://127.0.0.1:" + port + "/dkg/";
        for (int i = 0; i < 100; i++) {
            try {
                NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(w3id)).GET().build(), HttpResponse.BodyHandlers.discarding());
                break;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        store = CorpusStore.get();
        server = DkgServer.start(store, 0, Map.of("dkg.public-url", DEPLOYMENT));
    }

    @AfterAll
    static void stop() {
        if (httpd != null) {
            httpd.destroy();
            try {
                httpd.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyKindOfIriRedirectsToTheDeploymentInTheSyntaxAskedFor() throws Exception {
        Map<String, String> accepts = Map.of("text/html,application/xhtml+xml,*/*;q=0.8", "text/html", "text/turtle", "text/turtle",
                "application/ld+json", "application/ld+json", "application/n-triples", "application/n-triples",
                "application/rdf+xml", "application/rdf+xml", "*/*", "text/turtle");
        String fact = store.read(ds -> ds.asDatasetGraph().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                org.w3id.dkg.ontology.DKG.evidence.asNode(), org.apache.jena.graph.Node.ANY).next().getSubject().getURI());
        List<String> paths = List.of("id/state/ESP", "id/document/000_d03a33050df2f971", fact.substring("https://w3id.org/dkg/".length()),
                "id/document/000_d03a33050df2f971/paragraph/p42", "code/instrument-kind/treaty", "graph/reference",
                "graph/document/000_d03a33050df2f971", "ontology");
        for (String path : paths) {
            for (var accept : accepts.entrySet()) {
                HttpResponse<String> redirect = get(w3id + path, accept.getKey());
                String what = path + " " + accept.getKey();
                assertThat(redirect.statusCode()).as(what).isEqualTo(303);
                String location = redirect.headers().firstValue("Location").orElseThrow();
                assertThat(location).as(what).startsWith(DEPLOYMENT + "/" + path);
                HttpResponse<String> target = get(server.baseUrl() + location.substring(DEPLOYMENT.length()), accept.getKey());
                assertThat(target.statusCode()).as(what + " -> " + location).isEqualTo(200);
                assertThat(target.headers().firstValue("Content-Type").orElse("")).as(what).startsWith(accept.getValue());
            }
        }
        HttpResponse<String> dataset = get(w3id, "text/turtle");
        assertThat(dataset.statusCode()).isEqualTo(303);
        assertThat(dataset.headers().firstValue("Location")).contains(DEPLOYMENT + "/void");
    }

    @Test
    void aPercentEncodedIriKeepsItsEncodingAndStillDereferences() throws Exception {
        String graph = "urn:test:w3id";
        store.dataset().executeWrite(() -> store.dataset().getNamedModel(graph)
                .createResource("https://w3id.org/dkg/id/org/UN%C3%89").addProperty(org.apache.jena.vocabulary.SKOS.notation, "UNÉ"));
        HttpResponse<String> redirect = get(w3id + "id/org/UN%C3%89", "text/turtle");
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualToIgnoringCase(DEPLOYMENT + "/id/org/UN%C3%89?format=ttl");
        HttpResponse<String> target = get(server.baseUrl() + location.substring(DEPLOYMENT.length()), "text/turtle");
        assertThat(target.statusCode()).isEqualTo(200);
        assertThat(target.body()).contains("UNÉ");
        store.replaceGraph(graph, org.apache.jena.rdf.model.ModelFactory.createDefaultModel());
    }
}
