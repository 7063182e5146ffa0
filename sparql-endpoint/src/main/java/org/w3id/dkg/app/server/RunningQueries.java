package org.w3id.dkg.app.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The queries executing now, so that something outside them — the {@link MemoryGuard} — can
 * abort them all. The query processor adds each execution when it starts reading its answer
 * and removes it when done.
 */
public final class RunningQueries {
    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();

    void started(QueryExec exec) {
        running.add(exec);
    }

    void ended(QueryExec exec) {
        running.remove(exec);
    }

    /** Aborts every running query (each answers 503); returns how many. */
    public int abortAll() {
        int n = 0;
        for (QueryExec exec : running) {
            exec.abort();
            n++;
        }
        return n;
    }

    public int count() {
        return running.size();
    }
}
