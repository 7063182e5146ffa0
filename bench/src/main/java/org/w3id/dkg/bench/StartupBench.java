package org.w3id.dkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up: seconds from launching the server's JVM on an existing store to its first answered query
 * ({@code ASK {}} polled every 25 ms), ours against a bare stock Fuseki on the same store, alternately, a
 * few times each (TDB2 allows one process per store, so never both at once here).
 */
public final class StartupBench {
    /** Seconds of each repetition. */
    public record Result(String store, List<Double> ours, List<Double> stock) {}

    private final Servers servers;

    public StartupBench(Servers servers) {
        this.servers = servers;
    }

    public Result measure(String tag, Path store, int repeats) throws Exception {
        List<Double> ours = new ArrayList<>(), stock = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Servers.Running o = servers.ours(store, "startup-" + tag + "-" + i);
            ours.add(servers.awaitFirstAnswer(o, 90));
            Servers.stop(o);
            Servers.Running s = servers.stock(store, "startup-" + tag + "-" + i);
            stock.add(servers.awaitFirstAnswer(s, 90));
            Servers.stop(s);
            System.out.printf("  start-up %s #%d: ours %.2f s, stock %.2f s%n", tag, i + 1, ours.get(i), stock.get(i));
        }
        return new Result(tag, ours, stock);
    }

    static double median(List<Double> xs) {
        List<Double> s = xs.stream().filter(x -> !x.isNaN()).sorted().toList();
        if (s.isEmpty()) return Double.NaN;
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
