package org.w3id.dkg.app.extract;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
 * A property with several values has an array. After the facts, one line per entity the document's text introduced
 * and no registry lists ({@code "foundInText": true}, with its key, label, parent and defining quote). Jackson writes the JSON (members in the order added).
 */
public final class FactJsonLines {
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        List<Resource> minted = new ArrayList<>(model.listSubjectsWithProperty(DKG.foundIn).toList());
        minted.sort(Comparator.comparing(Resource::toString));
        for (Resource entity : minted) {
            out.println(mintedLine(entity, prefixes));
        }
        out.flush();
        return facts.size();
    }

    /**
     * One line for an entity the document's own text introduced, no registry listing it: its key, kind, label,
     * parent and the words that defined it, marked {@code "foundInText": true} so that nobody takes it for curated.
     */
    private static String mintedLine(Resource entity, PrefixMapping prefixes) {
        ObjectNode json = JSON.createObjectNode();
        json.put("entity", entity.getURI());
        Resource type = ontologyType(entity);
        json.put("type", type == null ? null : prefixes.shortForm(type.getURI()));
        Statement key = entity.getProperty(SKOS.notation);
        json.put("key", key == null ? null : key.getString());
        Statement label = entity.getProperty(org.apache.jena.vocabulary.RDFS.label);
        if (label != null) {
            json.put("label", label.getString());
            json.put("language", label.getLanguage());
        }
        Statement acronym = entity.getProperty(SKOS.altLabel);
        if (acronym != null) json.put("acronym", acronym.getString());
        Resource parent = entity.getPropertyResourceValue(DKG.partOf);
        if (parent != null) json.put("partOf", value(parent));
        json.put("foundInText", true);
        json.put("document", value(entity.getPropertyResourceValue(DKG.foundIn)));
        Statement quote = entity.getProperty(DKG.definingQuote);
        json.put("quote", quote == null ? null : quote.getString());
        return JSON.writeValueAsString(json);
    }

    private static Resource ontologyType(Resource s) {
        return s.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .filter(t -> t.getURI().startsWith(DKG.NS))
                .min(Comparator.comparing(Resource::getURI)).orElse(null);
    }

    private static String line(Resource fact, Property evidence, PrefixMapping prefixes) {
        ObjectNode json = JSON.createObjectNode();
        json.put("fact", fact.isURIResource() ? fact.getURI() : fact.toString());
        json.put("type", prefixes.shortForm(ontologyType(fact).getURI()));
        Map<String, List<String>> properties = new LinkedHashMap<>();
        fact.listProperties().toList().stream()
                .filter(st -> !st.getPredicate().equals(RDF.type) && !st.getPredicate().equals(evidence))
                .sorted(Comparator.comparing((Statement st) -> st.getPredicate().getURI())
                        .thenComparing(st -> value(st.getObject())))
                .forEach(st -> properties.computeIfAbsent(prefixes.shortForm(st.getPredicate().getURI()), k -> new ArrayList<>())
                        .add(value(st.getObject())));
        ObjectNode members = json.putObject("properties");
        properties.forEach((name, values) -> {
            if (values.size() == 1) {
                members.put(name, values.get(0));
            } else {
                values.forEach(members.putArray(name)::add);
            }
        });
        evidence(fact, json);
        return JSON.writeValueAsString(json);
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

    /** Adds the evidence of a fact as members of {@code json}: quote, offsets (code points), paragraph, rule, confidence. */
    private static void evidence(Resource fact, ObjectNode json) {
        Resource evidence = fact.getPropertyResourceValue(DKG.evidence);
        if (evidence == null) {
            json.putNull("quote");
            return;
        }
        String quote = null;
        Literal start = null, end = null;
        for (Statement st : evidence.listProperties(OA.hasSelector).toList()) {
            Resource selector = st.getResource();
            if (selector.hasProperty(OA.exact)) quote = selector.getProperty(OA.exact).getString();
            if (selector.hasProperty(OA.start)) start = selector.getProperty(OA.start).getLiteral();
            if (selector.hasProperty(OA.end)) end = selector.getProperty(OA.end).getLiteral();
        }
        json.put("quote", quote);
        if (start != null && end != null) {
            json.put("start", start.getLong());
            json.put("end", end.getLong());
        }
        Resource paragraph = evidence.getPropertyResourceValue(DKG.paragraph);
        if (paragraph != null) json.put("paragraph", paragraph.getURI().replaceAll("^.*/", ""));
        if (evidence.hasProperty(DKG.rule)) json.put("rule", evidence.getProperty(DKG.rule).getString());
        if (evidence.hasProperty(DKG.confidence)) {
            // As written in the graph (xsd:decimal, two places: 0.70 stays 0.70).
            json.put("confidence", new BigDecimal(evidence.getProperty(DKG.confidence).getLiteral().getLexicalForm()));
        }
    }
}
