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
    public static final String CODE_LISTS = "dkg/ontology/code-lists.ttl";
    public static final String SHAPES = "dkg/ontology/shapes.ttl";

    private Ontology() {}

    /** The OWL ontology alone, as served at {@code /ontology}. */
    public static Model load() {
        return read(RESOURCE, ModelFactory.createDefaultModel());
    }

    /** The ontology with its SKOS code lists: the content of {@code graph/ontology}. */
    public static Model loadWithCodeLists() {
        return read(CODE_LISTS, load());
    }

    /** The SHACL shapes every document graph must conform to. */
    public static Model shapes() {
        return read(SHAPES, ModelFactory.createDefaultModel());
    }

    private static Model read(String resource, Model into) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing class-path resource " + resource);
            RDFDataMgr.read(into, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into;
    }
}
