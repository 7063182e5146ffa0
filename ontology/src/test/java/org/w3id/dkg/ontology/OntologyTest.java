package org.w3id.dkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private final Model ontology = Ontology.load();

    @Test
    void everyJavaConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        for (Field f : DKG.class.getFields()) {
            if (f.get(null) instanceof Resource r && !ontology.contains(r, RDF.type)) undeclared.add(r.getURI());
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyTermHasAFrenchAndAnEnglishLabelAndADefinition() {
        List<String> incomplete = new ArrayList<>();
        ontology.listSubjects().forEach(term -> {
            if (!term.isURIResource() || !term.getURI().startsWith(DKG.NS)) return;
            boolean fr = hasLang(term, RDFS.label, "fr"), en = hasLang(term, RDFS.label, "en");
            boolean defFr = hasLang(term, SKOS.definition, "fr"), defEn = hasLang(term, SKOS.definition, "en");
            if (!(fr && en && defFr && defEn)) incomplete.add(term.getLocalName());
        });
        assertThat(incomplete).isEmpty();
    }

    @Test
    void everyCodeListConceptHasANotationAndBothLabels() {
        Model codes = Ontology.loadWithCodeLists();
        codes.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            assertThat(c.hasProperty(SKOS.notation)).as(c.getURI()).isTrue();
            assertThat(codes.listObjectsOfProperty(c, SKOS.prefLabel).toList().stream()
                    .map(n -> n.asLiteral().getLanguage()).toList()).as(c.getURI()).contains("fr", "en");
        });
    }

    @Test
    void theOntologyIsVersioned() {
        Resource o = ontology.getResource(DKG.ONTOLOGY_IRI);
        assertThat(o.hasProperty(RDF.type, OWL.Ontology)).isTrue();
        assertThat(o.hasProperty(OWL.versionInfo)).isTrue();
        assertThat(o.hasProperty(OWL.versionIRI)).isTrue();
    }

    private boolean hasLang(Resource term, org.apache.jena.rdf.model.Property p, String lang) {
        return ontology.listObjectsOfProperty(term, p).toList().stream()
                .filter(RDFNode::isLiteral).anyMatch(n -> lang.equals(n.asLiteral().getLanguage()));
    }
}
