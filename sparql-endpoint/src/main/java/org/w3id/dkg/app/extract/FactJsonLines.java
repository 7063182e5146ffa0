package org.w3id.dkg.app.extract;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.loader.rdf.Prefixes;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.OA;

/**
 * Writes the facts of a document graph as JSON Lines, one object per fact, for people
 * and scripts that do not speak RDF. It knows no fact type: a fact is any subject with
 * an {@code rdf:type} in the dkg ontology and a {@code dkg:evidence}; its properties are
 * all its other statements (entities shown by their key, {@code skos:notation}, when they
 * have one), followed by its evidence: the quote, its code-point offsets in the normalised
 * text, the paragraph, the extraction rule and its confidence, so that a person can audit
 * what the loader believes.
 *
 * <pre>{"fact":"https://w3id.org/dkg/id/fact/…","type":"dkg:InstrumentAction",
 *  "properties":{"dkg:actor":"ESP","dkg:instrument":"ATT"},"quote":"…","start":120,"end":190,
 *  "paragraph":"p12","rule":"…","confidence":0.9}</pre>
 * A property with several values has an array.
 */
public final class FactJsonLines {
    private FactJsonLines() {}

    /** Writes one line per fact of {@code model}, in IRI order; returns the number of facts. */
    public static int write(Model model, PrintStream out) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.MAPPING).setNsPrefixes(model);
        Property evidence = model.createProperty(DKG.evidence.getURI());
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
                .filter(t -> t.getURI().startsWith(DKG.NS))
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
        json.append(evidence(fact)).append('}');
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

    /** The evidence of a fact as JSON members: quote, offsets (code points), paragraph, rule, confidence. */
    private static String evidence(Resource fact) {
        Resource evidence = fact.getPropertyResourceValue(DKG.evidence);
        if (evidence == null) {
            return ",\"quote\":null";
        }
        String quote = null, start = null, end = null;
        for (Statement st : evidence.listProperties(OA.hasSelector).toList()) {
            Resource selector = st.getResource();
            if (selector.hasProperty(OA.exact)) quote = selector.getProperty(OA.exact).getString();
            if (selector.hasProperty(OA.start)) start = selector.getProperty(OA.start).getLiteral().getLexicalForm();
            if (selector.hasProperty(OA.end)) end = selector.getProperty(OA.end).getLiteral().getLexicalForm();
        }
        Resource paragraph = evidence.getPropertyResourceValue(DKG.paragraph);
        StringBuilder json = new StringBuilder();
        json.append(",\"quote\":").append(quote == null ? "null" : Json.string(quote));
        if (start != null && end != null) json.append(",\"start\":").append(start).append(",\"end\":").append(end);
        if (paragraph != null) json.append(",\"paragraph\":").append(Json.string(paragraph.getURI().replaceAll("^.*/", "")));
        if (evidence.hasProperty(DKG.rule)) json.append(",\"rule\":").append(Json.string(evidence.getProperty(DKG.rule).getString()));
        if (evidence.hasProperty(DKG.confidence)) json.append(",\"confidence\":").append(evidence.getProperty(DKG.confidence).getLiteral().getLexicalForm());
        return json.toString();
    }
}
