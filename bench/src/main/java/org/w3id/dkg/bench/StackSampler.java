package org.w3id.dkg.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A poor man's sampling profiler: a daemon thread reads one thread's stack every few milliseconds and
 * counts, per method, the samples where it is on top (self time) and where it is anywhere on the stack
 * (total time, counted once per sample). Good enough to say where extraction spends its time without
 * attaching a profiler; safepoint bias applies, as with every {@code getStackTrace} sampler.
 */
public final class StackSampler implements AutoCloseable {
    private final Thread target;
    private final Thread sampler;
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> total = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    public StackSampler(Thread target, long intervalMillis) {
        this.target = target;
        this.sampler = new Thread(() -> {
            while (running) {
                record(target.getStackTrace());
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void record(StackTraceElement[] stack) {
        if (stack.length == 0) return;
        samples++;
        self.merge(name(stack[0]), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (StackTraceElement e : stack) {
            String n = name(e);
            if (seen.add(n)) total.merge(n, 1, Integer::sum);
        }
    }

    private static String name(StackTraceElement e) {
        String cls = e.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + e.getMethodName() + " (" + cls.substring(0, Math.max(0, cls.lastIndexOf('.'))) + ")";
    }

    public synchronized int samples() {
        return samples;
    }

    /** The {@code n} methods with the most self samples, with their share of all samples. */
    public synchronized Map<String, Double> topSelf(int n) {
        return top(self, n, null);
    }

    /** The {@code n} methods whose names contain {@code filter} with the most total (inclusive) samples. */
    public synchronized Map<String, Double> topTotal(int n, String filter) {
        return top(total, n, filter);
    }

    private Map<String, Double> top(Map<String, Integer> counts, int n, String filter) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .filter(e -> filter == null || e.getKey().contains(filter))
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(n)
                .forEach(e -> out.put(e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)));
        return out;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
