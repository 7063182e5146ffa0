package org.w3id.dkg.app.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.dkg.ontology.Iris;

/**
 * The facts around a resource, whatever their classes: the facts that point at an entity,
 * or the facts whose evidence lies in a document, each with its type, quote, document,
 * paragraph, section and date. Any node under {@code id/fact/} counts as a fact, so fact
 * classes added to the ontology appear without a change here.
 */
public final class FactRows {
    static final int MAX = 2000;
    private static final String PREFIXES = """
            PREFIX dkg: <https://w3id.org/dkg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    private static final String DETAILS = """
                ?fact a ?type . FILTER(STRSTARTS(STR(?type), STR(dkg:)))
                OPTIONAL { ?fact dkg:evidence ?ev .
                  OPTIONAL { ?ev oa:hasSelector ?sel . ?sel oa:exact ?quote }
                  OPTIONAL { ?ev oa:hasSource ?source }
                  OPTIONAL { ?ev dkg:paragraph ?para . OPTIONAL { ?para dkg:section ?section } } }
                OPTIONAL { ?fact dkg:document ?factDoc }
                OPTIONAL { ?fact dcterms:date ?factDate }
                # A fact from reference data has no document: a placeholder keeps the look-up
                # below from matching every dated node of the store.
                BIND(COALESCE(?source, ?factDoc, <urn:x-dkg:no-document>) AS ?doc)
              }
              OPTIONAL { GRAPH ?dg { ?doc a dkg:Document ; dcterms:date ?docDate } }
              BIND(COALESCE(?factDate, ?docDate) AS ?date)
            """;
    private static final Query ABOUT = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?fact ?type ?quote ?doc ?para ?section ?date WHERE {
              GRAPH ?g { ?fact ?p ?entity . FILTER(STRSTARTS(STR(?fact), "%s"))
            """.formatted(Iris.ID + "fact/") + DETAILS + "} ORDER BY ?type DESC(?date) ?fact LIMIT " + MAX);
    private static final Query IN_DOCUMENT = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?fact ?type ?quote ?doc ?para ?section ?date WHERE {
              GRAPH ?g { ?fact dkg:evidence ?anyEv . ?anyEv oa:hasSource ?entity .
            """ + DETAILS + "} ORDER BY ?section ?type ?fact LIMIT " + MAX);

    private static final Node NO_DOCUMENT = org.apache.jena.graph.NodeFactory.createURI("urn:x-dkg:no-document");

    private FactRows() {}

    /** One fact as a page shows it. Any field but {@code fact} and {@code type} may be null. */
    public record Fact(Node fact, Node type, String quote, Node document, Node paragraph, Node section, String date) {}

    /** Facts that name {@code entity} (by any property). */
    public static List<Fact> about(DatasetGraph dsg, Node entity) {
        return run(dsg, ABOUT, entity);
    }

    /** Facts whose evidence is in {@code document}. */
    public static List<Fact> inDocument(DatasetGraph dsg, Node document) {
        return run(dsg, IN_DOCUMENT, document);
    }

    /** The facts grouped by type, in order of first appearance. */
    public static Map<Node, List<Fact>> byType(List<Fact> facts) {
        Map<Node, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) {
            groups.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    private static List<Fact> run(DatasetGraph dsg, Query query, Node entity) {
        List<Fact> facts = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution("entity", entity).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                Node doc = NO_DOCUMENT.equals(b.get("doc")) ? null : b.get("doc");
                facts.add(new Fact(b.get("fact"), b.get("type"), lexical(b.get("quote")), doc, b.get("para"),
                        b.get("section"), lexical(b.get("date"))));
            }
        }
        return facts;
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
