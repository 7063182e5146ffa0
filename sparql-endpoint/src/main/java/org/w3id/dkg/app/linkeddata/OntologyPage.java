package org.w3id.dkg.app.linkeddata;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.ontology.DKG;

/**
 * The ontology as a page: every class and property of the dkg namespace with its
 * labels and definition, anchored by local name so {@code /ontology#Reply} lands on it.
 * Read from the ontology file itself, so new terms appear as soon as they are added.
 */
final class OntologyPage {
    private OntologyPage() {}

    static String render(Model ontology) {
        Html html = Html.page("dkg ontology");
        html.open("p", "class", "muted").link("/", "dkg").text(" · ").link("/ontology?format=ttl", "Turtle").close("p");
        html.element("h1", "dkg ontology").element("p", DKG.ONTOLOGY_IRI, "class", "muted").newline();
        section(html, ontology, "Classes", List.of(OWL.Class, RDFS.Class));
        section(html, ontology, "Properties", List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property));
        return html.end();
    }

    private static void section(Html html, Model ontology, String title, List<Resource> types) {
        List<Resource> terms = types.stream()
                .flatMap(t -> ontology.listSubjectsWithProperty(RDF.type, t).toList().stream())
                .filter(r -> r.isURIResource() && r.getURI().startsWith(DKG.NS)).distinct()
                .sorted(Comparator.comparing(Resource::getLocalName)).toList();
        html.element("h2", title + " (" + terms.size() + ")").open("dl").newline();
        for (Resource term : terms) {
            html.open("dt", "id", term.getLocalName()).element("code", "dkg:" + term.getLocalName());
            for (Statement label : ontology.listStatements(term, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                html.text(" — " + label.getString());
                if (!label.getLanguage().isEmpty()) {
                    html.element("span", " @" + label.getLanguage(), "class", "muted");
                }
            }
            html.close("dt").newline();
            for (var p : List.of(SKOS.definition, RDFS.comment)) {
                for (Statement def : ontology.listStatements(term, p, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                    if (def.getObject().isLiteral()) {
                        html.element("dd", def.getString());
                    }
                }
            }
        }
        html.close("dl").newline();
    }
}
