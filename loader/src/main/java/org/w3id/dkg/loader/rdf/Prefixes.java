package org.w3id.dkg.loader.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;
import org.w3id.dkg.ontology.OA;
import org.w3id.dkg.ontology.TIME;

/** The prefixes of every graph and listing dkg writes, so that Turtle and tables read well. */
public final class Prefixes {
    public static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefix("dkg", DKG.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("time", TIME.NS)
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("state", Iris.ID + "state/")
            .setNsPrefix("orgn", Iris.ID + "org/")
            .setNsPrefix("instrument", Iris.ID + "instrument/")
            .setNsPrefix("doc", Iris.ID + "document/")
            .setNsPrefix("fact", Iris.ID + "fact/")
            .setNsPrefix("dkgg", Iris.GRAPH)
            .lock();

    private Prefixes() {}

    public static void set(Model model) {
        model.setNsPrefixes(MAPPING);
    }
}
