package org.w3id.dkg.app.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;
import org.w3id.dkg.app.server.regex.BoundedRegexFunctions;
import org.w3id.dkg.app.server.regex.QueryDeadline;

/**
 * Fuseki's SPARQL query operation with dkg's guards.
 *
 * <ul>
 *   <li><b>Whole answer before the first byte.</b> A SELECT is read to its end (at most
 *       {@code max-rows} rows) before anything is sent, and a CONSTRUCT or DESCRIBE is built
 *       whole, its triples counted as they come so that the cap bounds its memory. So a query that times out or is too large answers with an HTTP error status and
 *       a message, never {@code 200} with a cut-off body (stack.md pitfall 6).</li>
 *   <li><b>Row cap.</b> More than {@code max-rows} rows or triples: {@code 400} with a message
 *       that says to add LIMIT.</li>
 *   <li><b>Hard deadline.</b> Jena's timeout is cooperative. At timeout plus grace a watchdog
 *       calls {@link QueryExec#abort()}, and the reading loop checks the clock itself.</li>
 *   <li><b>No function call past the deadline.</b> REGEX and REPLACE are rewritten into their
 *       bounded versions ({@link BoundedRegexFunctions}), which match in linear time and stop
 *       at the deadline inside a single call.</li>
 *   <li><b>Memory.</b> Each execution is listed in {@link RunningQueries}, which the
 *       {@link MemoryGuard} aborts when the heap is nearly full.</li>
 *   <li><b>Federation refused.</b> A SERVICE call outside the allowlist
 *       ({@link FederationPolicy}) answers {@code 403}.</li>
 * </ul>
 */
public final class GuardedQueryProcessor extends SPARQL_QueryDataset {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dkg-query-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final QueryLimits limits;
    private final RunningQueries running;

    public GuardedQueryProcessor(QueryLimits limits, RunningQueries running) {
        this.limits = limits;
        this.running = running;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        return Pair.create(chosen.getLeft(), BoundedRegexFunctions.rewrite(chosen.getRight()));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        // The hard deadline counts from the request's arrival: time spent waiting for a slot is part of it.
        Object arrived = action.getRequest().getAttribute(QueryAdmission.ARRIVED);
        long start = arrived instanceof Long t ? t : System.nanoTime();
        long deadline = start + limits.hardDeadline().toNanos();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            action.log.warn("[{}] query past its hard deadline: aborted", action.id);
            exec.abort();
        }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        QueryDeadline.set(deadline);
        running.started(exec);
        try {
            if (query.isSelectType()) {
                return new QueryExecResult(readAll(exec.select(), deadline));
            }
            if (query.isConstructType()) {
                return new QueryExecResult(collectQuads(exec.constructQuads(), deadline));
            }
            if (query.isDescribeType()) {
                return new QueryExecResult(collectTriples(exec.describeTriples(), deadline));
            }
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (RuntimeException e) {
            FederationPolicy.Refused refused = FederationPolicy.refusal(e);
            if (refused != null) {
                ServletOps.error(HttpSC.FORBIDDEN_403, refused.getMessage());
            }
            throw e;
        } finally {
            running.ended(exec);
            QueryDeadline.clear();
            watchdog.cancel(false);
        }
    }

    private RowSet readAll(RowSet rows, long deadline) {
        List<Binding> all = new ArrayList<>();
        while (rows.hasNext()) {
            checkClock(deadline);
            all.add(rows.next());
            if (all.size() > limits.maxRows()) {
                rows.close();
                tooLarge("rows");
            }
        }
        return RowSetStream.create(rows.getResultVars(), all.iterator());
    }

    /** The distinct quads of a CONSTRUCT, counted as they stream in: the cap is hit before memory is. */
    private DatasetGraph collectQuads(Iterator<Quad> quads, long deadline) {
        DatasetGraph result = DatasetGraphFactory.create();
        long n = 0;
        while (quads.hasNext()) {
            checkClock(deadline);
            Quad quad = quads.next();
            if (!result.contains(quad)) {
                result.add(quad);
                if (++n > limits.maxRows()) {
                    tooLarge("triples");
                }
            }
        }
        return result;
    }

    /** The distinct triples of a DESCRIBE, counted as they stream in. */
    private Graph collectTriples(Iterator<Triple> triples, long deadline) {
        Graph result = GraphFactory.createDefaultGraph();
        long n = 0;
        while (triples.hasNext()) {
            checkClock(deadline);
            Triple triple = triples.next();
            if (!result.contains(triple)) {
                result.add(triple);
                if (++n > limits.maxRows()) {
                    tooLarge("triples");
                }
            }
        }
        return result;
    }

    private static void checkClock(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new QueryCancelledException();
        }
    }

    private void tooLarge(String what) {
        ServletOps.error(HttpSC.BAD_REQUEST_400, "The answer has more than " + limits.maxRows() + " " + what
                + " (the server's limit, dkg.query.max-rows). Add LIMIT and OFFSET to read it in pages, "
                + "or COUNT it first.");
    }
}
