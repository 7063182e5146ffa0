package org.w3id.dkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The ontology as shipped in this jar, for loading into {@code graph/ontology} and serving at {@code /ontology}. */
public final class Ontology {
    public static final String RESOURCE = "dkg/ontology/dkg.ttl";

    private Ontology() {}

    public static Model load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing class-path resource " + RESOURCE);
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}
