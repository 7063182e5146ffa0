package org.w3id.dkg.loader.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Ontology;

/** Every dkg term the loader writes is declared in the ontology, with its labels and definition. */
class VocabularyCoverageTest {
    @Test
    void everyTermUsedInTheCorpusGraphsAndTheReferenceGraphIsDeclared() throws Exception {
        DocumentPipeline pipeline = DocumentPipeline.withDefaults();
        Set<String> used = new TreeSet<>();
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            collect(pipeline.extract(Corpus.file(prefix)).model(), used);
        }
        collect(new ReferenceGraphWriter().write(pipeline.registry()), used);
        Model ontology = Ontology.loadWithCodeLists();
        assertThat(used).isNotEmpty().allSatisfy(term ->
                assertThat(ontology.contains(ontology.createResource(term), RDF.type)).as(term).isTrue());
    }

    private static void collect(Model model, Set<String> used) {
        model.listStatements().forEach(st -> {
            if (st.getPredicate().getURI().startsWith(DKG.NS)) used.add(st.getPredicate().getURI());
            RDFNode o = st.getObject();
            if (st.getPredicate().equals(RDF.type) && o.isURIResource() && o.asResource().getURI().startsWith(DKG.NS)) {
                used.add(o.asResource().getURI());
            }
        });
    }
}
