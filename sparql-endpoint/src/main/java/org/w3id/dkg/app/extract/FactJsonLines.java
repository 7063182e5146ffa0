package org.w3id.dkg.app.extract;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.app.store.Vocab;

/**
 * Writes the facts of a document graph as JSON Lines, one object per fact, for people
 * and scripts that do not speak RDF. It knows no fact type: a fact is any subject with
 * an {@code rdf:type} in the dkg ontology and a {@code dkg:evidence}; its properties are
 * all its other statements (entities shown by their key, {@code skos:notation}, when they
 * have one), and its quote is the first {@code quote} or {@code exact} literal found on
 * its evidence, up to three steps away (e.g. through a Web Annotation selector).
 *
 * <pre>{"fact":"https://w3id.org/dkg/id/fact/…","type":"dkg:InstrumentAction",
 *  "properties":{"dkg:actor":"ESP","dkg:instrument":"ATT"},"quote":"…"}</pre>
 * A property with several values has an array.
 */
public final class FactJsonLines {
    private FactJsonLines() {}

    /** Writes one line per fact of {@code model}, in IRI order; returns the number of facts. */
    public static int write(Model model, PrintStream out) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocab.PREFIXES).setNsPrefixes(model);
        Property evidence = model.createProperty(Vocab.EVIDENCE);
        List<Resource> facts = new ArrayList<>();
        model.listSubjectsWithProperty(evidence).forEach(s -> {
            if (ontologyType(s) != null) {
                facts.add(s);
            }
        });
        facts.sort(Comparator.comparing(Resource::toString));
        for (Resource fact : facts) {
            out.println(line(fact, evidence, prefixes));
        }
        out.flush();
        return facts.size();
    }

    private static Resource ontologyType(Resource s) {
        return s.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .filter(t -> t.getURI().startsWith(Vocab.ONTOLOGY))
                .min(Comparator.comparing(Resource::getURI)).orElse(null);
    }

    private static String line(Resource fact, Property evidence, PrefixMapping prefixes) {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        fact.listProperties().toList().stream()
                .filter(st -> !st.getPredicate().equals(RDF.type) && !st.getPredicate().equals(evidence))
                .sorted(Comparator.comparing((Statement st) -> st.getPredicate().getURI())
                        .thenComparing(st -> value(st.getObject())))
                .forEach(st -> properties.computeIfAbsent(prefixes.shortForm(st.getPredicate().getURI()), k -> new ArrayList<>())
                        .add(value(st.getObject())));
        StringBuilder json = new StringBuilder("{\"fact\":").append(Json.string(fact.isURIResource() ? fact.getURI() : fact.toString()))
                .append(",\"type\":").append(Json.string(prefixes.shortForm(ontologyType(fact).getURI())))
                .append(",\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, List<String>> p : properties.entrySet()) {
            json.append(first ? "" : ",").append(Json.string(p.getKey())).append(':');
            List<String> values = p.getValue();
            if (values.size() == 1) {
                json.append(Json.string(values.get(0)));
            } else {
                json.append('[').append(String.join(",", values.stream().map(Json::string).toList())).append(']');
            }
            first = false;
        }
        json.append('}');
        String quote = quote(fact, evidence);
        json.append(",\"quote\":").append(quote == null ? "null" : Json.string(quote)).append('}');
        return json.toString();
    }

    private static String value(RDFNode node) {
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        Resource r = node.asResource();
        Statement key = r.getProperty(SKOS.notation);
        if (key != null && key.getObject().isLiteral()) {
            return key.getString();
        }
        return r.isURIResource() ? r.getURI() : r.toString();
    }

    /** Breadth-first from the fact's evidence nodes, three steps at most. */
    private static String quote(Resource fact, Property evidence) {
        Deque<Map.Entry<Resource, Integer>> queue = new ArrayDeque<>();
        Set<Resource> seen = new HashSet<>();
        fact.listProperties(evidence).forEach(st -> {
            if (st.getObject().isResource()) {
                queue.add(Map.entry(st.getResource(), 1));
            }
        });
        while (!queue.isEmpty()) {
            Map.Entry<Resource, Integer> next = queue.poll();
            if (!seen.add(next.getKey())) {
                continue;
            }
            List<Statement> statements = next.getKey().listProperties().toList();
            for (Statement st : statements) {
                String local = st.getPredicate().getLocalName();
                if (st.getObject().isLiteral() && ("quote".equals(local) || "exact".equals(local))) {
                    return st.getString();
                }
            }
            if (next.getValue() < 3) {
                for (Statement st : statements) {
                    if (st.getObject().isResource() && !st.getPredicate().equals(RDF.type)) {
                        queue.add(Map.entry(st.getResource(), next.getValue() + 1));
                    }
                }
            }
        }
        return null;
    }
}
