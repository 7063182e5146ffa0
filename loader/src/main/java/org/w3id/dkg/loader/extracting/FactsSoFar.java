package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The facts found so far in one document, in pipeline order: what a later family reads of an
 * earlier one (the role family reads the events), passed explicitly instead of cached on the side.
 */
public final class FactsSoFar {
    private final List<Fact> facts = new ArrayList<>();

    /** None yet. */
    public static FactsSoFar none() {
        return new FactsSoFar();
    }

    /** Adds what one family found. */
    public void addAll(List<? extends Fact> found) {
        facts.addAll(found);
    }

    /** Every fact found so far, in the order found. */
    public List<Fact> all() {
        return Collections.unmodifiableList(facts);
    }

    /** The facts of one kind found so far. */
    public <T extends Fact> List<T> of(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
