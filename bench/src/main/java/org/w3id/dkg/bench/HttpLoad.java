package org.w3id.dkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop SPARQL load generator: a fixed number of clients, each sending its query (POST
 * {@code application/sparql-query}) and waiting for the whole answer before the next, after a few untimed
 * warm-up requests. Every run is bounded twice: by a number of requests per client and by a deadline.
 */
public final class HttpLoad {
    /** Latencies of one run, in milliseconds; {@code bytes} is the size of one answer. */
    public record Stats(int requests, int errors, double medianMs, double p95Ms, double seconds, long bytes, String firstError) {}

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One request; the status code, or -1 when it failed; the answer's size in {@code bytes[0]}. */
    public int send(URI endpoint, String query, String accept, long[] bytes, StringBuilder body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/sparql-query").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (bytes != null) bytes[0] = response.body().length;
            if (body != null) body.append(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            return response.statusCode();
        } catch (Exception e) {
            if (body != null) body.append(e);
            return -1;
        }
    }

    public Stats run(URI endpoint, String query, int clients, int warmUp, int requestsPerClient, double maxSeconds)
            throws InterruptedException {
        String accept = "application/sparql-results+json";
        for (int i = 0; i < warmUp; i++) send(endpoint, query, accept, null, null);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicLong size = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                long[] bytes = new long[1];
                for (int r = 0; r < requestsPerClient && System.nanoTime() < deadline; r++) {
                    long s = System.nanoTime();
                    StringBuilder err = new StringBuilder();
                    int status = send(endpoint, query, accept, bytes, err);
                    double ms = (System.nanoTime() - s) / 1e6;
                    if (status == 200) {
                        latencies.add(ms);
                        size.set(bytes[0]);
                    } else {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError.isEmpty()) firstError.append(status).append(' ')
                                    .append(err.substring(0, Math.min(200, err.length())).replaceAll("\\s+", " "));
                        }
                    }
                }
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join((long) (maxSeconds * 1000) + 70_000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Double> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        return new Stats(sorted.size(), errors.get(), percentile(sorted, 50), percentile(sorted, 95), seconds,
                size.get(), firstError.toString());
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }
}
