package org.w3id.dkg.queries;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/**
 * Receives the answer of a query while it is still being read, inside the store's read
 * transaction, so a large answer streams instead of being copied. One method is called,
 * once, depending on the query form.
 */
public interface ResultSink {
    /** Answer of a SELECT query. */
    void select(ResultSet results);

    /** Answer of an ASK query. */
    void ask(boolean answer);

    /** Answer of a CONSTRUCT or DESCRIBE query. */
    void graph(Model model);
}
