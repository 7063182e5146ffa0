package org.w3id.dkg.app.linkeddata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.ontology.Iris;

/**
 * A fact said as a sentence of its parts — "Burkina Faso — ratified — Arms Trade Treaty —
 * 2014-06-03" — so that a page shows who did what, not only the quote. Which predicate of a
 * fact node is the subject, the verb, the object or a detail is data
 * ({@code dkg/pages/fact-parts.tsv}); a fact class added to the ontology with these
 * predicates reads as a sentence without a change here. Call inside a read transaction.
 */
final class FactParts {
    /** Where a part stands in the sentence. */
    enum Place { SUBJECT, VERB, OBJECT, DETAIL }

    /** One part: its predicate, the value node, and the value's text (a label, an amount, a period). */
    record Part(Place place, Node predicate, Node value, String text) {
        boolean isLink() {
            return value.isURI() && value.getURI().startsWith(Iris.ID) && !value.getURI().contains("#");
        }
    }

    private static final Map<Node, Place> PLACES = read("/dkg/pages/fact-parts.tsv");
    private static final Node SCHEMA_VALUE = NodeFactory.createURI("https://schema.org/value");
    private static final Node SCHEMA_CURRENCY = NodeFactory.createURI("https://schema.org/currency");
    private static final Node TIME_BEGINNING = NodeFactory.createURI("http://www.w3.org/2006/time#hasBeginning");
    private static final Node TIME_END = NodeFactory.createURI("http://www.w3.org/2006/time#hasEnd");

    private FactParts() {}

    /** The parts of {@code fact}, in sentence order (subjects, verbs, objects, details; file order within each). */
    static List<Part> of(DatasetGraph dsg, Node fact) {
        Map<Node, List<Node>> values = new LinkedHashMap<>();
        Iterator<Quad> quads = dsg.find(Node.ANY, fact, Node.ANY, Node.ANY);
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (PLACES.containsKey(q.getPredicate())) {
                values.computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(q.getObject());
            }
        }
        List<Part> parts = new ArrayList<>();
        if (PLACES.entrySet().stream().noneMatch(e -> e.getValue() == Place.VERB && values.containsKey(e.getKey()))) {
            // No act named (a membership, a funding): the fact's class says what it is.
            Node type = Describer.first(dsg, fact, RDF.type.asNode(), true);
            if (type != null) {
                values.put(RDF.type.asNode(), List.of(type));
            }
        }
        for (Place place : Place.values()) {
            if (place == Place.VERB && values.containsKey(RDF.type.asNode())) {
                Node type = values.get(RDF.type.asNode()).get(0);
                parts.add(new Part(place, RDF.type.asNode(), type, Describer.label(dsg, type)));
            }
            for (Map.Entry<Node, Place> e : PLACES.entrySet()) {
                if (e.getValue() != place) {
                    continue;
                }
                for (Node v : values.getOrDefault(e.getKey(), List.of())) {
                    parts.add(new Part(place, e.getKey(), v, text(dsg, v)));
                }
            }
        }
        return parts;
    }

    /** True when {@code entity} is a subject of the fact (the fact is something the entity did). */
    static boolean isSubject(List<Part> parts, Node entity) {
        return parts.stream().anyMatch(p -> p.place() == Place.SUBJECT && p.value().equals(entity));
    }

    /** The verbs of the fact as text ("ratified"), or null. */
    static String verb(List<Part> parts) {
        List<String> verbs = parts.stream().filter(p -> p.place() == Place.VERB && !p.predicate().equals(RDF.type.asNode()))
                .map(Part::text).toList();
        return verbs.isEmpty() ? null : String.join(", ", verbs);
    }

    /** A value as a reader wants it: an amount with its currency, a period as "from – to", else its label. */
    static String text(DatasetGraph dsg, Node v) {
        if (v.isLiteral()) {
            return v.getLiteralLexicalForm();
        }
        Node amount = Describer.first(dsg, v, SCHEMA_VALUE, false);
        if (amount != null) {
            Node currency = Describer.first(dsg, v, SCHEMA_CURRENCY, false);
            return number(amount.getLiteralLexicalForm()) + (currency == null ? "" : " " + Describer.label(dsg, currency));
        }
        Node begins = Describer.first(dsg, v, TIME_BEGINNING, false);
        Node ends = Describer.first(dsg, v, TIME_END, false);
        if (begins != null || ends != null) {
            return (begins == null ? "…" : instant(dsg, begins)) + (ends == null ? " –" : " – " + instant(dsg, ends));
        }
        return Describer.label(dsg, v);
    }

    /** "2700000.0" → "2 700 000" (digits grouped by thin spaces, no trailing zeros); other text as it is. */
    static String number(String lexical) {
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(lexical).stripTrailingZeros();
            java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            return format.format(value).replace(',', '\u202F');
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    private static String instant(DatasetGraph dsg, Node instant) {
        Iterator<Quad> quads = dsg.find(Node.ANY, instant, Node.ANY, Node.ANY);
        while (quads.hasNext()) {
            Node o = quads.next().getObject();
            if (o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
        }
        return Describer.localName(instant);
    }

    private static Map<Node, Place> read(String resource) {
        Map<Node, Place> places = new LinkedHashMap<>();
        try (InputStream in = FactParts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected predicate<TAB>place, got: " + line);
                }
                places.put(NodeFactory.createURI(cells[0].strip()), Place.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return places;
    }
}
