package org.w3id.dkg.app.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;

/**
 * Counts that say what a store holds: triples per named graph, instances per class and
 * facts per fact type (a fact is a subject with a {@code dkg:evidence}; its type is its
 * {@code rdf:type}). Used by {@code dkg stats}, the home page and the health check.
 * Callers must hold a read transaction (see {@code DkgStore.read}).
 */
public final class StoreStats {
    private static final String CLASSES = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
              { ?s a ?class } UNION { GRAPH ?g { ?s a ?class } }
            } GROUP BY ?class ORDER BY DESC(?n) ?class
            """;
    private static final String FACT_TYPES = """
            SELECT ?type (COUNT(DISTINCT ?f) AS ?n) WHERE {
              { ?f <%1$s> ?e OPTIONAL { ?f a ?type } }
              UNION
              { GRAPH ?g { ?f <%1$s> ?e OPTIONAL { ?f a ?type } } }
            } GROUP BY ?type ORDER BY DESC(?n) ?type
            """.formatted(DKG.evidence.getURI());

    private StoreStats() {}

    /** Triples in all graphs, default graph included. */
    public static long triples(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        long n = 0;
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** Named graphs of documents ({@code graph/document/...}). */
    public static long documents(Dataset dataset) {
        long n = 0;
        for (Iterator<Node> it = dataset.asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (g.isURI() && g.getURI().startsWith(Iris.DOCUMENT_GRAPH_PREFIX)) {
                n++;
            }
        }
        return n;
    }

    /** Triples per graph, the default graph under {@code ""}, largest first. */
    public static Map<String, Long> triplesPerGraph(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<Map.Entry<String, Long>> rows = new ArrayList<>();
        long defaultSize = dsg.getDefaultGraph().size();
        if (defaultSize > 0) {
            rows.add(Map.entry("", defaultSize));
        }
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            rows.add(Map.entry(g.toString(), (long) dsg.getGraph(g).size()));
        }
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** Distinct instances per class IRI, largest first. */
    public static Map<String, Long> instancesPerClass(Dataset dataset) {
        return counts(dataset, CLASSES, "class");
    }

    /** Distinct facts per fact type, largest first; an untyped fact counts under {@code ""}. */
    public static Map<String, Long> factsPerType(Dataset dataset) {
        return counts(dataset, FACT_TYPES, "type");
    }

    private static Map<String, Long> counts(Dataset dataset, String sparql, String keyVar) {
        Map<String, Long> result = new LinkedHashMap<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(sparql).build()) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String key = row.contains(keyVar) ? row.get(keyVar).toString() : "";
                result.merge(key, row.getLiteral("n").getLong(), Long::sum);
            }
        }
        return result;
    }
}
