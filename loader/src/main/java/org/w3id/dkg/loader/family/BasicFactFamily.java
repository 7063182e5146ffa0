package org.w3id.dkg.loader.family;

import org.w3id.dkg.loader.extracting.Fact;

/**
 * What every family declares the same way — its id, its place in the order, its fact class and its table —
 * given once to the constructor, so that a family's class holds only what is its own: its extractor, its RDF
 * mapping and its row.
 *
 * @param <F> the family's fact record
 */
public abstract class BasicFactFamily<F extends Fact> implements FactFamily<F> {
    private final String id;
    private final int order;
    private final Class<F> factClass;
    private final FactTable table;

    protected BasicFactFamily(String id, int order, Class<F> factClass, FactTable table) {
        this.id = id;
        this.order = order;
        this.factClass = factClass;
        this.table = table;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final Class<F> factClass() {
        return factClass;
    }

    @Override
    public final FactTable table() {
        return table;
    }
}
