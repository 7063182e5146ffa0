package org.w3id.dkg.app.linkeddata;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.app.api.Endpoints;
import org.w3id.dkg.ontology.Iris;

/**
 * The VoID description of the dataset and the SPARQL 1.1 Service Description of its endpoint,
 * in one graph, computed in one pass over the store: triples per named graph, class partitions
 * (instances per class), property partitions (triples per property), linksets (links to each
 * external dataset, per link property), vocabularies, example resources, the dumps (whole and per
 * graph, N-Quads and TriG), licence, publisher and modification date. Every address in it is
 * built from the configured public base ({@link PublicBase}), never from a request.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String DOAP = "http://usefulinc.com/ns/doap#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** Properties whose external objects count as links to other datasets. */
    static final Set<Node> LINK_PROPERTIES = Set.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(), OWL.sameAs.asNode(),
            RDFS.seeAlso.asNode());
    private static final List<String> EXAMPLES = List.of(Iris.entity("state", "ESP"), Iris.entity("org", "OSCE"),
            Iris.entity("instrument", "ATT"), Iris.entity("document", "000_d03a33050df2f971"));

    /** What the description says about the publication, from configuration. */
    record Publication(String base, String dataLicense, String codeLicense, String publisherName, String publisherUrl,
            Instant modified) {}

    private DatasetDescription() {}

    /** The IRI of the dataset in the description. */
    static String datasetIri(String base) {
        return base + "/void#dkg";
    }

    static Model describe(DatasetGraph dsg, Publication pub) {
        Map<String, Long> triplesPerGraph = new TreeMap<>();
        Map<Node, Long> perProperty = new HashMap<>();
        Map<Node, Set<Node>> perClass = new HashMap<>();
        Map<List<String>, Long> links = new TreeMap<>(java.util.Comparator.comparing((List<String> l) -> l.get(0)).thenComparing(l -> l.get(1)));
        TreeSet<String> vocabularies = new TreeSet<>();
        long total = 0;
        Iterator<Quad> quads = dsg.find();
        while (quads.hasNext()) {
            Quad q = quads.next();
            triplesPerGraph.merge(q.isDefaultGraph() ? "" : q.getGraph().getURI(), 1L, Long::sum);
            Node p = q.getPredicate();
            perProperty.merge(p, 1L, Long::sum);
            vocabularies.add(namespace(p));
            Node o = q.getObject();
            if (p.equals(RDF.type.asNode()) && o.isURI()) {
                vocabularies.add(namespace(o));
                perClass.computeIfAbsent(o, c -> new HashSet<>()).add(q.getSubject());
            }
            if (LINK_PROPERTIES.contains(p) && o.isURI() && !o.getURI().startsWith(Iris.BASE)) {
                links.merge(List.of(LinkTargets.of(o.getURI()).dataset(), p.getURI()), 1L, Long::sum);
            }
            total++;
        }
        String base = pub.base();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("sd", SD).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("foaf", FOAF)
                .setNsPrefix("doap", DOAP).setNsPrefix("skos", SKOS.uri).setNsPrefix("owl", OWL.NS).setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("dkg", org.w3id.dkg.ontology.DKG.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Property triples = m.createProperty(VOID, "triples");
        Resource dataset = m.createResource(datasetIri(base))
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "dkg — disarmament knowledge graph", "en")
                .addProperty(DCTerms.description, "Facts of disarmament diplomacy extracted from United Nations reports, "
                        + "each traceable to the sentence it came from.", "en")
                .addProperty(DCTerms.license, m.createResource(pub.dataLicense()))
                .addProperty(DCTerms.rights, "The extracted facts and the curated registries are published under the licence "
                        + "named by dcterms:license. Quotes and document texts are from United Nations documents, "
                        + "which remain under the United Nations' terms of use.", "en")
                .addLiteral(DCTerms.modified, m.createTypedLiteral(pub.modified().toString(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(base + Endpoints.SPARQL))
                .addProperty(m.createProperty(VOID, "uriSpace"), Iris.BASE)
                .addProperty(m.createProperty(VOID, "rootResource"), m.createResource(Iris.ONTOLOGY_GRAPH))
                .addProperty(m.createProperty(VOID, "feature"), m.createResource(FORMATS + "N-Quads"))
                .addProperty(m.createProperty(VOID, "feature"), m.createResource(FORMATS + "TriG"))
                .addLiteral(triples, total)
                .addLiteral(m.createProperty(VOID, "classes"), (long) perClass.size())
                .addLiteral(m.createProperty(VOID, "properties"), (long) perProperty.size());
        Resource publisher = m.createResource(pub.publisherUrl() == null || pub.publisherUrl().isBlank() ? null : pub.publisherUrl())
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(m.createProperty(FOAF, "name"), pub.publisherName());
        dataset.addProperty(DCTerms.publisher, publisher);
        dataset.addProperty(DCTerms.source, m.createResource()
                .addProperty(RDF.type, m.createResource(DOAP + "Project"))
                .addProperty(m.createProperty(DOAP, "name"), "dkg")
                .addProperty(m.createProperty(DOAP, "license"), m.createResource(pub.codeLicense()))
                .addProperty(m.createProperty(DOAP, "programming-language"), "Java"));
        for (String[] dump : Dumps.whole()) {
            dataset.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + dump[0]));
        }
        for (String vocabulary : vocabularies) {
            dataset.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocabulary));
        }
        for (String example : EXAMPLES) {
            if (dsg.find(Node.ANY, NodeFactory.createURI(example), Node.ANY, Node.ANY).hasNext()) {
                dataset.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(example));
            }
        }
        new TreeMap<>(stringKeys(perClass)).forEach((cls, subjects) -> dataset.addProperty(m.createProperty(VOID, "classPartition"),
                m.createResource().addProperty(m.createProperty(VOID, "class"), m.createResource(cls))
                        .addLiteral(m.createProperty(VOID, "entities"), (long) subjects.size())));
        new TreeMap<>(stringKeys(perProperty)).forEach((property, n) -> dataset.addProperty(m.createProperty(VOID, "propertyPartition"),
                m.createResource().addProperty(m.createProperty(VOID, "property"), m.createResource(property)).addLiteral(triples, n.longValue())));
        links.forEach((key, n) -> {
            LinkTargets.Target target = LinkTargets.of(key.get(0));
            Resource other = m.createResource(key.get(0)).addProperty(RDF.type, m.createResource(VOID + "Dataset"));
            if (!other.hasProperty(DCTerms.title)) {
                other.addProperty(DCTerms.title, target.title());
            }
            Resource linkset = m.createResource(base + "/void#links-" + LinkTargets.slug(target.title()) + "-" + localName(key.get(1)))
                    .addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                    .addProperty(m.createProperty(VOID, "subjectsTarget"), dataset)
                    .addProperty(m.createProperty(VOID, "objectsTarget"), other)
                    .addProperty(m.createProperty(VOID, "linkPredicate"), m.createResource(key.get(1)))
                    .addLiteral(triples, n.longValue());
            dataset.addProperty(m.createProperty(VOID, "subset"), linkset);
        });
        Resource service = m.createResource(base + Endpoints.SPARQL)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(base + Endpoints.SPARQL))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"))
                .addProperty(DCTerms.description, "Public and read-only. The default graph of a query is the union of the named graphs.", "en");
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource defaultDataset = m.createResource(base + "/void#sparql-dataset").addProperty(RDF.type, m.createResource(SD + "Dataset"));
        service.addProperty(m.createProperty(SD, "defaultDataset"), defaultDataset);
        defaultDataset.addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(DCTerms.description, "The union of the named graphs.", "en"));
        for (Map.Entry<String, Long> g : triplesPerGraph.entrySet()) {
            if (g.getKey().isEmpty()) {
                continue; // the stored default graph is empty in dkg; queries see the union instead
            }
            Resource graph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")).addLiteral(triples, g.getValue().longValue());
            defaultDataset.addProperty(m.createProperty(SD, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.getKey()))
                    .addProperty(m.createProperty(SD, "graph"), graph));
            Resource subset = m.createResource(g.getKey())
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.getKey()))
                    .addLiteral(triples, g.getValue().longValue());
            for (String[] dump : Dumps.ofGraph(g.getKey())) {
                subset.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + dump[0]));
            }
            dataset.addProperty(m.createProperty(VOID, "subset"), subset);
        }
        return m;
    }

    private static <V> Map<String, V> stringKeys(Map<Node, V> map) {
        Map<String, V> out = new HashMap<>();
        map.forEach((k, v) -> {
            if (k.isURI()) {
                out.put(k.getURI(), v);
            }
        });
        return out;
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    private static String namespace(Node n) {
        String s = n.getURI();
        int i = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return s.substring(0, i + 1);
    }
}
