package org.w3id.dkg.loader.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.rdf.FactGraph;

/**
 * The fact families on the class path, in pipeline order, and the dispatch from a fact to its
 * family. A fact with no family is an error, never silently left out of the graph or the evaluation.
 */
public final class FactFamilies {
    private final List<FactFamily<?>> families;
    private final Map<Class<?>, FactFamily<?>> byFactClass = new HashMap<>();

    private FactFamilies(List<FactFamily<?>> families) {
        this.families = List.copyOf(families);
        Map<String, FactFamily<?>> byId = new HashMap<>();
        for (FactFamily<?> f : families) {
            FactFamily<?> sameId = byId.putIfAbsent(f.id(), f);
            FactFamily<?> sameClass = byFactClass.putIfAbsent(f.factClass(), f);
            if (sameId != null || sameClass != null) {
                FactFamily<?> other = sameId != null ? sameId : sameClass;
                throw new IllegalStateException("two fact families claim " + (sameId != null ? "the id " + f.id()
                        : "the fact class " + f.factClass().getName()) + ": " + other.getClass().getName() + " and "
                        + f.getClass().getName());
            }
        }
    }

    /** The families listed in {@code META-INF/services/org.w3id.dkg.loader.family.FactFamily}, ordered. */
    @SuppressWarnings("rawtypes")
    public static FactFamilies load() {
        List<FactFamily<?>> found = new ArrayList<>();
        for (FactFamily f : ServiceLoader.load(FactFamily.class, FactFamilies.class.getClassLoader())) found.add(f);
        if (found.isEmpty()) throw new IllegalStateException("no fact family on the class path (META-INF/services)");
        found.sort(Comparator.comparingInt((FactFamily<?> f) -> f.order()).thenComparing(FactFamily::id));
        return new FactFamilies(found);
    }

    /** In pipeline order. */
    public List<FactFamily<?>> all() {
        return families;
    }

    /** The family of a fact. */
    @SuppressWarnings("unchecked")
    public <F extends Fact> FactFamily<F> of(F fact) {
        FactFamily<?> f = byFactClass.get(fact.getClass());
        if (f == null) throw new IllegalStateException("no fact family for " + fact.getClass().getName());
        return (FactFamily<F>) f;
    }

    /** Writes a fact by its family's mapping. */
    public <F extends Fact> void write(FactGraph graph, F fact) {
        of(fact).write(graph, fact);
    }

    /** A fact as a row of its family's table, without the {@code doc} column. */
    public <F extends Fact> Map<String, String> row(F fact) {
        return of(fact).row(fact);
    }

    /** The tables of expected facts: documents first, then each family's, in pipeline order. */
    public List<FactTable> tables() {
        List<FactTable> tables = new ArrayList<>();
        tables.add(FactTable.DOCS);
        for (FactFamily<?> f : families) tables.add(f.table());
        return tables;
    }
}
