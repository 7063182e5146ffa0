package org.w3id.dkg.queries;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Replaces the bound variables of a parsed query by their RDF terms, on the syntax
 * tree (never on the text), giving a query that is still valid SPARQL when written out
 * and sent to a remote endpoint. Jena's substitution alone leaves {@code ORDER BY "ESP"}
 * where the query said {@code ORDER BY ?state}, which no SPARQL parser accepts; ordering
 * by a constant orders nothing, so such conditions are dropped.
 */
final class Substitution {
    private Substitution() {}

    static Query apply(Query query, QuerySolutionMap bindings) {
        Map<String, RDFNode> map = new HashMap<>();
        bindings.varNames().forEachRemaining(name -> map.put(name, bindings.get(name)));
        if (map.isEmpty()) {
            return query;
        }
        Query result = QueryTransformOps.transformQuery(query, map);
        if (result.hasOrderBy()) {
            result.getOrderBy().removeIf(condition -> condition.getExpression().isConstant());
        }
        return result;
    }
}
