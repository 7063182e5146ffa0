package org.w3id.dkg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs another program's {@code main} in this JVM and reports, when the JVM exits, how long it ran and how
 * much heap it needed: the peak of heap in use (sampled every 20 ms, garbage included) and the peak of heap
 * still in use after a collection (the live set, the figure that decides whether a given {@code -Xmx} is
 * enough). Why a wrapper: Jena's {@code tdb2.tdbloader} and our loader are measured the same way, in their
 * own JVMs with the same {@code -Xmx}. The report is one line on stderr starting with {@code BENCH}.
 *
 * <p>Usage: {@code java -Xmx1g -cp ... org.w3id.dkg.bench.HeapProbe MAIN_CLASS ARGS...}
 */
public final class HeapProbe {
    private HeapProbe() {}

    public static void main(String[] args) throws Throwable {
        AtomicLong peakUsed = new AtomicLong();
        AtomicLong peakLive = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                peakLive.accumulateAndGet(after, Math::max);
            }, null, null);
        }
        Thread sampler = new Thread(() -> {
            while (true) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf(
                "BENCH elapsedMs=%d peakUsed=%d peakLive=%d maxHeap=%d%n", (System.nanoTime() - t0) / 1_000_000,
                peakUsed.get(), peakLive.get(), Runtime.getRuntime().maxMemory())));
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
        System.exit(0);
    }
}
