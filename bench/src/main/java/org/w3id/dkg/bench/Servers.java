package org.w3id.dkg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The two servers compared, each started as a separate JVM on 127.0.0.1 with the same heap: ours
 * ({@code ./dkg serve --db DIR}, as a user starts it) and a stock Fuseki ({@code jena-fuseki-server.jar --tdb2
 * --loc DIR /ds}, the jar Maven fetched for this module).
 */
public final class Servers {
    /** A server this benchmark started, with its SPARQL endpoint. */
    public record Running(String name, Process process, URI sparql, long startNanos) {}

    private final ChildJvm jvm;
    private final Path launcher;
    private final Path fusekiJar;
    private final Path logs;
    private final HttpLoad http = new HttpLoad();

    public Servers(ChildJvm jvm, Path launcher, Path fusekiJar, Path logs) {
        this.jvm = jvm;
        this.launcher = launcher;
        this.fusekiJar = fusekiJar;
        this.logs = logs;
    }

    /**
     * Ours as a user starts it: through the {@code dkg} launcher, which runs the unpacked jar with its
     * class-data archive (see {@link #prepareOurs}).
     */
    public Running ours(Path store, String tag) throws IOException {
        int port = freePort();
        long t0 = System.nanoTime();
        Process p = jvm.start(List.of("bash", launcher.toString(), "serve", "--db", store.toString(), "--port", Integer.toString(port)),
                logs.resolve("serve-ours-" + tag + ".log"), Map.of("SERVER_ADDRESS", "127.0.0.1", "DKG_JAVA_OPTS", "-Xmx2g"));
        return new Running("ours", p, URI.create("http://127.0.0.1:" + port + "/dkg/sparql"), t0);
    }

    /**
     * Lets the launcher do its once-per-build preparation (unpacking the jar, recording the classes a
     * start-up loads) before anything is timed: {@code dkg serve --help} does it and exits.
     */
    public void prepareOurs() throws IOException, InterruptedException {
        jvm.run(List.of("bash", launcher.toString(), "serve", "--help"), logs.resolve("prepare-ours.log"), 300);
    }

    public Running stock(Path store, String tag) throws IOException {
        int port = freePort();
        long t0 = System.nanoTime();
        Process p = jvm.start(jvm.jar(List.of("-Xmx2g"), fusekiJar, "--localhost", "--port=" + port, "--tdb2",
                "--loc=" + store, "/ds"), logs.resolve("serve-stock-" + tag + ".log"), Map.of());
        return new Running("stock", p, URI.create("http://127.0.0.1:" + port + "/ds/sparql"), t0);
    }

    /** Seconds from the start of the process to its first answered query, or NaN after {@code maxSeconds}. */
    public double awaitFirstAnswer(Running server, double maxSeconds) throws InterruptedException {
        long deadline = server.startNanos() + (long) (maxSeconds * 1e9);
        while (System.nanoTime() < deadline && server.process().isAlive()) {
            if (http.send(server.sparql(), "ASK {}", "application/sparql-results+json", null, null) == 200) {
                return (System.nanoTime() - server.startNanos()) / 1e9;
            }
            Thread.sleep(25);
        }
        return Double.NaN;
    }

    public static void stop(Running server) throws InterruptedException {
        ChildJvm.stop(server.process());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
