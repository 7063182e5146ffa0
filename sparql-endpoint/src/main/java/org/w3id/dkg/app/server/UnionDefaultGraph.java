package org.w3id.dkg.app.server;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The default graph of a query is the union of the named graphs. Every triple of dkg sits
 * in a named graph (ontology, reference, one per document), so without this
 * {@code SELECT * { ?s ?p ?o }} answers nothing, and federation engines that plan with
 * default-graph counts see an empty source.
 *
 * <p>Only the query endpoints get {@link #queryContext()}: Fuseki merges an endpoint's context
 * into each request's, so SPARQL Update and the Graph Store Protocol still address the
 * stored default graph and the named graphs. A query with {@code FROM} (or
 * {@code default-graph-uri}) gets the dataset it names, as the standard says. TDB2 reads
 * its own symbol ({@link TDB2#symUnionDefaultGraph}); for any other dataset (the in-memory
 * store of the tests) the context carries a query-engine registry whose first engine does
 * the same rewrite — no process-wide state.
 */
public final class UnionDefaultGraph {
    private UnionDefaultGraph() {}

    /** The context to give the query endpoints. */
    public static Context queryContext() {
        Context context = new Context();
        context.set(TDB2.symUnionDefaultGraph, true);
        QueryEngineRegistry registry = QueryEngineRegistry.get().copy();
        registry.add(new Factory());
        QueryEngineRegistry.set(context, registry);
        return context;
    }

    private static boolean applies(DatasetGraph dataset, Context context) {
        // A dataset built from FROM / default-graph-uri (Fuseki builds it before the engine runs)
        // has the default graph the query asked for.
        return context != null && context.isTrue(TDB2.symUnionDefaultGraph) && !TDBInternal.isBackedByTDB(dataset)
                && !(dataset instanceof DynamicDatasets.DynamicDatasetGraph);
    }

    /** ARQ's general engine, rewriting default-graph patterns to the union graph as TDB2's engine does. */
    private static final class Engine extends QueryEngineMain {
        Engine(Query query, DatasetGraph dataset, Binding input, Context context) {
            super(query, dataset, input, context);
        }

        Engine(Op op, DatasetGraph dataset, Binding input, Context context) {
            super(op, dataset, input, context);
        }

        @Override
        public QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context context) {
            if (!isDynamicDataset()) {
                op = OpLib.unionDefaultGraphQuads(Algebra.toQuadForm(op));
            }
            return super.eval(op, dsg, input, context);
        }
    }

    private static final class Factory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return applies(dataset, context);
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new Engine(query, dataset, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return applies(dataset, context);
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new Engine(op, dataset, input, context).getPlan();
        }
    }
}
