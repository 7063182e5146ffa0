package org.w3id.dkg.app.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The memory bound of the queries: when the heap is still more than
 * {@code dkg.query.memory-abort-fraction} (0.85) full after a garbage collection, every running
 * query is aborted and answers 503, rather than the server running out of memory and every
 * client losing it. The row cap bounds what one answer holds; this bounds what the queries'
 * working state (joins, OPTIONALs, groups) holds, all queries together — the JVM cannot tell
 * one query's memory from another's, so the bound is shared. Watched through the JVM's
 * collection-usage thresholds: nothing runs between collections.
 */
public final class MemoryGuard implements NotificationListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dkg.query");
    private final RunningQueries running;
    private final NotificationEmitter emitter;

    public MemoryGuard(RunningQueries running, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("dkg.query.memory-abort-fraction must be between 0 and 1: " + fraction);
        }
        this.running = running;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
            }
        }
        this.emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener(this, null, null);
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
            lowOnMemory();
        }
    }

    /** Aborts the running queries; returns how many. Called when a collection leaves the heap too full. */
    public int lowOnMemory() {
        int aborted = running.abortAll();
        LOG.warn("heap nearly full after a collection: {} running quer{} aborted", aborted, aborted == 1 ? "y" : "ies");
        return aborted;
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(this);
        } catch (javax.management.ListenerNotFoundException e) {
            // already gone
        }
    }
}
