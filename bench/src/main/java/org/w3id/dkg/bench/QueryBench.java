package org.w3id.dkg.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.dkg.queries.LibraryQuery;
import org.w3id.dkg.queries.QueryLibrary;
import org.w3id.dkg.queries.QueryParameters;

/**
 * Latency of every library query over HTTP, on our server and on a stock Fuseki serving a copy of the same
 * store, side by side in one run (for each query: ours then stock, 1 client then 16), so that the load of
 * the shared machine weighs on both alike.
 */
public final class QueryBench {
    /** One query on one store at one concurrency, both servers. */
    public record Row(String store, String query, int clients, HttpLoad.Stats ours, HttpLoad.Stats stock) {
        double ratioMedian() {
            return ours.medianMs() / stock.medianMs();
        }

        double ratioP95() {
            return ours.p95Ms() / stock.p95Ms();
        }
    }

    private final HttpLoad http = new HttpLoad();
    private final int requests1;
    private final int requests16;
    private final double maxSeconds;

    public QueryBench(int requests1, int requests16, double maxSeconds) {
        this.requests1 = requests1;
        this.requests16 = requests16;
        this.maxSeconds = maxSeconds;
    }

    public List<Row> measure(String store, URI ours, URI stock) throws InterruptedException {
        String fact = firstFact(ours);
        List<Row> rows = new ArrayList<>();
        for (LibraryQuery lq : QueryLibrary.standard().list()) {
            String text = bound(lq, Map.of("state", "ESP", "fact", fact));
            for (int clients : new int[] {1, 16}) {
                int perClient = clients == 1 ? requests1 : requests16;
                HttpLoad.Stats o = http.run(ours, text, clients, 3, perClient, maxSeconds);
                HttpLoad.Stats s = http.run(stock, text, clients, 3, perClient, maxSeconds);
                Row row = new Row(store, lq.name(), clients, o, s);
                System.out.printf("  %-8s %-28s c=%-2d ours %8.1f/%8.1f ms  stock %8.1f/%8.1f ms  ratio %.2f  (n=%d/%d, err=%d/%d, bytes %d/%d) %s%s%n",
                        store, lq.name(), clients, o.medianMs(), o.p95Ms(), s.medianMs(), s.p95Ms(), row.ratioMedian(),
                        o.requests(), s.requests(), o.errors(), s.errors(), o.bytes(), s.bytes(), o.firstError(), s.firstError());
                rows.add(row);
            }
        }
        return rows;
    }

    /** A real fact IRI of the store, for the provenance query. */
    private String firstFact(URI endpoint) {
        StringBuilder body = new StringBuilder();
        http.send(endpoint, "SELECT ?f WHERE { GRAPH ?g { ?f <https://w3id.org/dkg/ontology#evidence> ?e } } LIMIT 1",
                "text/csv", null, body);
        String[] lines = body.toString().split("\\R");
        return lines.length > 1 ? lines[1].trim() : "https://w3id.org/dkg/id/fact/none";
    }

    /** The query text with only the parameters it declares bound, on the syntax tree as {@code dkg query} does. */
    static String bound(LibraryQuery lq, Map<String, String> candidates) {
        Map<String, String> values = new HashMap<>();
        // Only the required parameters (state-profile's state, provenance's fact): the others list everything.
        lq.params().stream().filter(p -> p.required() && candidates.containsKey(p.name()))
                .forEach(p -> values.put(p.name(), candidates.get(p.name())));
        Query query = lq.query();
        QuerySolutionMap bindings = QueryParameters.bind(lq, query, values);
        Map<String, RDFNode> map = new HashMap<>();
        bindings.varNames().forEachRemaining(n -> map.put(n, bindings.get(n)));
        if (map.isEmpty()) return query.toString();
        Query result = QueryTransformOps.transformQuery(query, map);
        if (result.hasOrderBy()) result.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        return result.toString();
    }
}
