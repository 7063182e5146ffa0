package org.w3id.dkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loading: our path ({@link OurLoad}: extraction, SHACL check and one TDB2 transaction per document) against
 * Jena's own bulk loader ({@code tdb2.tdbloader}, same Jena) loading the N-Quads our store exports, so both
 * stores end up holding the same quads. Each loader runs in its own JVM under {@link HeapProbe} with the same
 * {@code -Xmx}, which is itself the heap goal: a run that completes fits in it.
 */
public final class LoadBench {
    /** One size: times in seconds (in-JVM, without JVM start), heap in bytes, store sizes in bytes, refused file names. */
    public record Result(String size, long inputBytes, int documents, int failed, long quads,
                         double ourSeconds, long ourPeakUsed, long ourPeakLive, int ourExit, long ourStoreBytes,
                         double bulkSeconds, long bulkPeakUsed, long bulkPeakLive, int bulkExit, long bulkStoreBytes,
                         long nqBytes, List<String> refused) {
        double ratio() {
            return (quads / ourSeconds) / (quads / bulkSeconds);
        }
    }

    private final ChildJvm jvm;
    private final Path work;
    private final String xmx;

    public LoadBench(ChildJvm jvm, Path work, String xmx) {
        this.jvm = jvm;
        this.work = work;
        this.xmx = xmx;
    }

    public Path ourStore(String size) {
        return work.resolve("stores/ours-" + size);
    }

    public Path bulkStore(String size) {
        return work.resolve("stores/bulk-" + size);
    }

    public Result measure(String size, Path input, long inputBytes, long timeoutSeconds) throws Exception {
        Path ours = ourStore(size), bulk = bulkStore(size), nq = work.resolve("nq/" + size + ".nq");
        delete(ours);
        delete(bulk);
        Files.createDirectories(nq.getParent());
        List<String> opts = List.of("-Xmx" + xmx, "-XX:+UseG1GC");
        ChildJvm.Outcome o = jvm.run(jvm.probed(opts, OurLoad.class.getName(), ours.toString(), input.toString()),
                work.resolve("logs/load-ours-" + size + ".log"), timeoutSeconds);
        ChildJvm.Outcome e = jvm.run(jvm.probed(List.of("-Xmx2g"), ExportNq.class.getName(), ours.toString(), nq.toString()),
                work.resolve("logs/export-" + size + ".log"), timeoutSeconds);
        ChildJvm.Outcome b = jvm.run(jvm.probed(opts, "tdb2.tdbloader", "--loc", bulk.toString(), nq.toString()),
                work.resolve("logs/load-bulk-" + size + ".log"), timeoutSeconds);
        return new Result(size, inputBytes, intOf(o, "documents"), intOf(o, "failed"), longOf(e, "quads"),
                longOf(o, "elapsedMs") / 1000.0, longOf(o, "peakUsed"), longOf(o, "peakLive"), o.exitCode(), du(ours),
                longOf(b, "elapsedMs") / 1000.0, longOf(b, "peakUsed"), longOf(b, "peakLive"), b.exitCode(), du(bulk),
                Files.exists(nq) ? Files.size(nq) : -1, refused(o.log()));
    }

    /** The files {@link OurLoad} refused: the name on each of its {@code FAILED path: reason} lines. */
    static List<String> refused(String log) {
        return log.lines().filter(l -> l.startsWith("FAILED ")).map(l -> {
            String path = l.substring("FAILED ".length());
            int colon = path.indexOf(": ");
            return Path.of(colon < 0 ? path : path.substring(0, colon)).getFileName().toString();
        }).toList();
    }

    private static long longOf(ChildJvm.Outcome o, String key) {
        return Long.parseLong(o.figures().getOrDefault(key, "-1"));
    }

    private static int intOf(ChildJvm.Outcome o, String key) {
        return (int) longOf(o, key);
    }

    /** Bytes the folder takes on disk ({@code du}: allocated blocks, not apparent sizes). */
    static long du(Path dir) throws IOException, InterruptedException {
        if (!Files.exists(dir)) return -1;
        Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return Long.parseLong(out.split("\\s+")[0]) * 1024;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Slope of log(time) against log(size) by least squares; 1 means linear. */
    public static double logLogSlope(double[] sizes, double[] times) {
        int n = 0;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] <= 0 || !(times[i] > 0)) continue;
            double x = Math.log(sizes[i]), y = Math.log(times[i]);
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return n < 2 ? Double.NaN : (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
