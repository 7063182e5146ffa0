package org.w3id.dkg.loader.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.OA;
import org.w3id.dkg.ontology.Ontology;

/**
 * The quality gate before a document graph is committed: runs the SHACL shapes of the
 * ontology over the graph (with the ontology beside it, so that {@code sh:class} sees the
 * class hierarchy) and describes each violation by fact and quote, so that the person who
 * loaded the document can find the sentence at fault.
 */
public final class ShapeCheck {
    private final Shapes shapes = Shapes.parse(Ontology.shapes());
    private final Model ontology = Ontology.loadWithCodeLists();

    /** The violations in {@code graph}, one readable line each; empty when it conforms. */
    public List<String> violations(Model graph) {
        Model data = ModelFactory.createUnion(graph, ontology);
        return describe(data, ShaclValidator.get().validate(shapes, data.getGraph()));
    }

    /** The same check over a whole graph that already holds the ontology (e.g. a store's union graph). */
    public List<String> violations(Graph dataWithOntology) {
        return describe(ModelFactory.createModelForGraph(dataWithOntology),
                ShaclValidator.get().validate(shapes, dataWithOntology));
    }

    private static List<String> describe(Model data, ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Node focus = entry.focusNode();
            RDFNode node = data.asRDFNode(focus);
            String quote = node.isResource() ? quoteOf(node.asResource()) : "";
            lines.add(focus + (entry.resultPath() == null ? "" : " " + entry.resultPath()) + ": " + entry.message()
                    + (quote.isEmpty() ? "" : " (quote: \u201c" + quote + "\u201d)"));
        }
        return lines;
    }

    /** The quote behind a fact or an evidence node, to show with a violation. */
    private static String quoteOf(Resource focus) {
        Resource evidence = focus.hasProperty(DKG.evidence) ? focus.getPropertyResourceValue(DKG.evidence) : focus;
        for (var selectors = evidence.listProperties(OA.hasSelector); selectors.hasNext(); ) {
            RDFNode selector = selectors.next().getObject();
            if (selector.isResource() && selector.asResource().hasProperty(OA.exact)) {
                return selector.asResource().getProperty(OA.exact).getString();
            }
        }
        return "";
    }
}
