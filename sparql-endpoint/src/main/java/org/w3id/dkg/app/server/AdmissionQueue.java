package org.w3id.dkg.app.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The slots and the waiting line of {@link QueryAdmission}, without the HTTP. Waiters are
 * admitted in arrival order, skipping a waiter whose client already holds its share of slots
 * ({@code slots - 1}, at least 1), so a free slot goes to the next client in line rather than
 * to more of the same client's queries. Each client may have at most half the line waiting.
 */
public final class AdmissionQueue {
    /** How {@link #enter} ended. */
    public enum Outcome { ADMITTED, QUEUE_FULL, CLIENT_QUEUE_FULL, WAITED_TOO_LONG }

    private final int slots;
    private final int capacity;
    private final int perClientRunning;
    private final int perClientQueued;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> line = new ArrayDeque<>();
    private final Map<String, Integer> running = new HashMap<>();
    private final Map<String, Integer> waiting = new HashMap<>();
    private int runningTotal;

    public AdmissionQueue(int slots, int capacity) {
        if (slots < 1 || capacity < 0) {
            throw new IllegalArgumentException("slots must be positive and the queue capacity not negative");
        }
        this.slots = slots;
        this.capacity = capacity;
        this.perClientRunning = Math.max(1, slots - 1);
        this.perClientQueued = Math.max(1, capacity / 2);
    }

    /** Takes a slot for {@code client}, waiting up to {@code maxWait} in line. */
    public Outcome enter(String client, Duration maxWait) throws InterruptedException {
        lock.lock();
        try {
            // every waiter that could run has been let in (dispatch), so a client that can run goes first
            if (canRun(client)) {
                take(client);
                return Outcome.ADMITTED;
            }
            if (line.size() >= capacity) {
                return Outcome.QUEUE_FULL;
            }
            if (waiting.getOrDefault(client, 0) >= perClientQueued) {
                return Outcome.CLIENT_QUEUE_FULL;
            }
            Waiter me = new Waiter(client, lock.newCondition());
            line.addLast(me);
            waiting.merge(client, 1, Integer::sum);
            long nanos = maxWait.toNanos();
            try {
                while (!me.admitted && nanos > 0) {
                    nanos = me.turn.awaitNanos(nanos);
                }
            } finally {
                if (!me.admitted) {
                    line.remove(me);
                    waiting.merge(client, -1, Integer::sum);
                    dispatch(); // a waiter leaving may let a later one of another client in
                }
            }
            return me.admitted ? Outcome.ADMITTED : Outcome.WAITED_TOO_LONG;
        } finally {
            lock.unlock();
        }
    }

    /** Gives back the slot {@code client} took. */
    public void leave(String client) {
        lock.lock();
        try {
            runningTotal--;
            running.computeIfPresent(client, (c, n) -> n == 1 ? null : n - 1);
            dispatch();
        } finally {
            lock.unlock();
        }
    }

    private void dispatch() {
        Iterator<Waiter> it = line.iterator();
        while (runningTotal < slots && it.hasNext()) {
            Waiter next = it.next();
            if (canRun(next.client)) {
                it.remove();
                waiting.computeIfPresent(next.client, (c, n) -> n == 1 ? null : n - 1);
                take(next.client);
                next.admitted = true;
                next.turn.signal();
            }
        }
    }

    private boolean canRun(String client) {
        return runningTotal < slots && running.getOrDefault(client, 0) < perClientRunning;
    }

    private void take(String client) {
        runningTotal++;
        running.merge(client, 1, Integer::sum);
    }

    public int slots() {
        return slots;
    }

    public int capacity() {
        return capacity;
    }

    public int perClientQueued() {
        return perClientQueued;
    }

    /** Free slots now. */
    public int available() {
        lock.lock();
        try {
            return slots - runningTotal;
        } finally {
            lock.unlock();
        }
    }

    private static final class Waiter {
        final String client;
        final Condition turn;
        boolean admitted;

        Waiter(String client, Condition turn) {
            this.client = client;
            this.turn = turn;
        }
    }
}
