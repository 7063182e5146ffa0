package org.w3id.dkg.loader.family;

import java.util.Map;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.rdf.FactGraph;

/**
 * One kind of fact dkg extracts (memberships, roles, funding ...), as a plug-in found by
 * {@link java.util.ServiceLoader} the way Fuseki finds its modules: listed in
 * {@code META-INF/services/org.w3id.dkg.loader.family.FactFamily}. A family is the one place that
 * knows its fact: how to find it (its extractor and, per language, its rule files beside it), how to
 * write it as RDF, and how it is compared with expected facts. Adding a fact type is a new package
 * with a family, a line in the services file, and its ontology and shape entries.
 *
 * <pre>{@code
 * for (FactFamily<?> family : FactFamilies.load().all()) System.out.println(family.id() + " " + family.order());
 * }</pre>
 *
 * @param <F> the family's fact record
 */
public interface FactFamily<F extends Fact> {
    /** A short name ({@code roles}), used in messages and to name the family's rule files. */
    String id();

    /**
     * The family's place in the pipeline: families run in increasing order, and each sees the facts
     * of those before it (roles read the events found before them).
     */
    int order();

    /** The record class of the family's facts. */
    Class<F> factClass();

    /** An extractor for documents in {@code context}'s language; built once per pipeline and language. */
    FactExtractor<F> extractor(ExtractionContext context);

    /** Writes a fact's type, qualifiers and direct triple (its node and evidence are written already). */
    void write(FactGraph graph, F fact);

    /** The table of expected facts of this family (gold/SCHEMA.md): its file, key and attribute columns. */
    FactTable table();

    /** A fact as a row of {@link #table()}, without the {@code doc} column. */
    Map<String, String> row(F fact);
}
