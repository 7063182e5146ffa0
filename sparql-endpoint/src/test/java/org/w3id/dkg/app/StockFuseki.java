package org.w3id.dkg.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An unmodified Apache Jena Fuseki (the {@code jena-fuseki-server} jar Maven copies to
 * {@code target/fuseki/}), run as a process of its own on a free port with one in-memory dataset
 * read from a file: a SPARQL endpoint that shares no code path with dkg's server.
 */
final class StockFuseki implements AutoCloseable {
    private final Process process;
    private final int port;
    private final String dataset;

    private StockFuseki(Process process, int port, String dataset) {
        this.process = process;
        this.port = port;
        this.dataset = dataset;
    }

    /** Starts Fuseki serving {@code data} as {@code /dataset}, and waits until it answers. */
    static StockFuseki start(Path data, String dataset) throws Exception {
        Path jar = Path.of("target", "fuseki", "fuseki-server.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: Maven's process-test-resources phase copies it there");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path work = Files.createTempDirectory("stock-fuseki");
        Path log = work.resolve("fuseki.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--localhost", "--port=" + port,
                "--file=" + data.toAbsolutePath(), "/" + dataset)
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        StockFuseki fuseki = new StockFuseki(process, port, dataset);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki stopped: " + Files.readString(log));
            }
            try {
                HttpResponse<String> ping = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(fuseki.baseUrl() + "/$/ping")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ping.statusCode() == 200) {
                    return fuseki;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fuseki.close();
        throw new IllegalStateException("Fuseki did not answer within 90 s: " + Files.readString(log));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The dataset's query endpoint. */
    String sparqlUrl() {
        return baseUrl() + "/" + dataset + "/sparql";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
