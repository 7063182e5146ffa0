package org.w3id.dkg.queries;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ReadWrite;

/**
 * Runs a library query, with its parameters bound as RDF terms, against a local store
 * (in a read transaction) or a remote SPARQL endpoint (a running {@code dkg serve}, or
 * any other). Both go through the same binding and the same {@link ResultSink}, so the
 * CLI prints the same answer whichever it talks to.
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final String endpoint;

    private QueryRunner(Dataset dataset, String endpoint) {
        this.dataset = dataset;
        this.endpoint = endpoint;
    }

    /** Runs queries on a local dataset; each run is one read transaction. */
    public static QueryRunner on(Dataset dataset) {
        return new QueryRunner(Objects.requireNonNull(dataset), null);
    }

    /** Runs queries on the SPARQL endpoint at {@code url} (e.g. {@code http://localhost:3030/dkg/sparql}). */
    public static QueryRunner remote(String url) {
        return new QueryRunner(null, Objects.requireNonNull(url));
    }

    /**
     * Runs {@code libraryQuery} with {@code params} and hands its answer to {@code sink}.
     *
     * @throws IllegalArgumentException when a parameter is unknown, missing or malformed
     * @throws org.apache.jena.query.QueryParseException when the query is not SPARQL
     */
    public void run(LibraryQuery libraryQuery, Map<String, String> params, ResultSink sink) {
        Query query = libraryQuery.query();
        Query bound = Substitution.apply(query, QueryParameters.bind(libraryQuery, query, params));
        if (dataset != null) {
            boolean inTxn = dataset.isInTransaction();
            if (!inTxn) {
                dataset.begin(ReadWrite.READ);
            }
            try {
                execute(QueryExecution.dataset(dataset), bound, sink);
            } finally {
                if (!inTxn) {
                    dataset.end();
                }
            }
        } else {
            execute(QueryExecution.service(endpoint), bound, sink);
        }
    }

    private static void execute(QueryExecutionBuilder builder, Query query, ResultSink sink) {
        try (QueryExecution exec = builder.query(query).build()) {
            if (query.isSelectType()) {
                sink.select(exec.execSelect());
            } else if (query.isAskType()) {
                sink.ask(exec.execAsk());
            } else if (query.isConstructType()) {
                sink.graph(exec.execConstruct());
            } else if (query.isDescribeType()) {
                sink.graph(exec.execDescribe());
            } else {
                throw new IllegalArgumentException("not a query form dkg can run: " + query.queryType());
            }
        }
    }
}
