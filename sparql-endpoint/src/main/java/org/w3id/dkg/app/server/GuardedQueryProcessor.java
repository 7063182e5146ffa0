package org.w3id.dkg.app.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation with dkg's guards.
 *
 * <ul>
 *   <li><b>Whole answer before the first byte.</b> A SELECT is read to its end (at most
 *       {@code max-rows} rows) before anything is sent, and a CONSTRUCT or DESCRIBE is built
 *       whole. So a query that times out or is too large answers with an HTTP error status and
 *       a message, never {@code 200} with a cut-off body (stack.md pitfall 6).</li>
 *   <li><b>Row cap.</b> More than {@code max-rows} rows or triples: {@code 400} with a message
 *       that says to add LIMIT.</li>
 *   <li><b>Hard deadline.</b> Jena's timeout is cooperative. At timeout plus grace a watchdog
 *       calls {@link QueryExec#abort()}, and the reading loop checks the clock itself.</li>
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

    public GuardedQueryProcessor(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        long deadline = System.nanoTime() + limits.hardDeadline().toNanos();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            action.log.warn("[{}] query past its hard deadline: aborted", action.id);
            exec.abort();
        }, limits.hardDeadline().toMillis(), TimeUnit.MILLISECONDS);
        try {
            if (query.isSelectType()) {
                return new QueryExecResult(readAll(exec.select(), deadline));
            }
            if (query.isConstructType()) {
                DatasetGraph result = exec.constructDataset();
                checkSize(result.stream().count());
                return new QueryExecResult(result);
            }
            if (query.isDescribeType()) {
                Graph result = exec.describe();
                checkSize(result.size());
                return new QueryExecResult(result);
            }
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (RuntimeException e) {
            FederationPolicy.Refused refused = FederationPolicy.refusal(e);
            if (refused != null) {
                ServletOps.error(HttpSC.FORBIDDEN_403, refused.getMessage());
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private RowSet readAll(RowSet rows, long deadline) {
        List<Binding> all = new ArrayList<>();
        while (rows.hasNext()) {
            if (System.nanoTime() > deadline) {
                throw new QueryCancelledException();
            }
            all.add(rows.next());
            if (all.size() > limits.maxRows()) {
                rows.close();
                tooLarge("rows");
            }
        }
        return RowSetStream.create(rows.getResultVars(), all.iterator());
    }

    private void checkSize(long triples) {
        if (triples > limits.maxRows()) {
            tooLarge("triples");
        }
    }

    private void tooLarge(String what) {
        ServletOps.error(HttpSC.BAD_REQUEST_400, "The answer has more than " + limits.maxRows() + " " + what
                + " (the server's limit, dkg.query.max-rows). Add LIMIT and OFFSET to read it in pages, "
                + "or COUNT it first.");
    }
}
