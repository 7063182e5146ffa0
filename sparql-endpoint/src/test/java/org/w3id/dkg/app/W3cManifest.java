package org.w3id.dkg.app;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The tests of a W3C protocol manifest (SPARQL 1.1 Protocol, Graph Store Protocol) as plain
 * HTTP exchanges: each test is a list of requests, each with the answer the suite expects, in
 * the W3C HTTP vocabulary ({@code ht:}) the manifests use. Read with Jena from the copies in
 * {@code src/test/resources/w3c/}.
 */
final class W3cManifest {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String HT = "http://www.w3.org/2011/http#";
    static final String HTS = "http://www.w3.org/2011/http-statusCodes#";
    static final String CNT = "http://www.w3.org/2011/content#";
    static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    static final String DAWGT = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    /** One test: its name in the manifest, whether approved, graphs to load first, its requests. */
    record Test(String id, String name, boolean approved, Map<String, String> graphData, List<Exchange> exchanges) {
        @Override
        public String toString() {
            return id + " (" + name + ")";
        }
    }

    /** One request and what its answer must be. */
    record Exchange(String method, String path, Map<String, String> headers, byte[] body, Expected expected) {}

    /**
     * The expected answer: status codes or classes ({@code hts:OK}, {@code hts:StatusCode4xx}),
     * an ASK result, a result format ({@code boolean}, {@code tabular}, {@code RDF}), a
     * {@code Location} to remember under a template name, response headers, an RDF body.
     */
    record Expected(List<String> statuses, Optional<Boolean> bool, Optional<String> format, Optional<String> location,
            Map<String, String> headers, Optional<String> body) {}

    private final Model model;

    private W3cManifest(Model model) {
        this.model = model;
    }

    /** Reads a manifest from the test class path, e.g. {@code /w3c/protocol/manifest.ttl}. */
    static W3cManifest read(String resource) {
        String url = W3cManifest.class.getResource(resource).toString();
        return new W3cManifest(RDFDataMgr.loadModel(url));
    }

    /** The tests in the order of {@code mf:entries}. */
    List<Test> tests() {
        Resource manifest = model.listResourcesWithProperty(model.createProperty(MF + "entries")).next();
        List<Test> tests = new ArrayList<>();
        for (RDFNode entry : manifest.getPropertyResourceValue(p(MF, "entries")).as(RDFList.class).asJavaList()) {
            tests.add(test(entry.asResource()));
        }
        return tests;
    }

    private Test test(Resource t) {
        String id = t.getLocalName();
        String name = t.getProperty(p(MF, "name")).getString();
        Statement approval = t.getProperty(p(DAWGT, "approval"));
        // The Graph Store manifest records no approval: its tests are taken as they stand.
        boolean approved = approval == null || approval.getResource().getURI().equals(DAWGT + "Approved");
        Map<String, String> graphs = new LinkedHashMap<>();
        t.listProperties(p(UT, "graphData")).forEachRemaining(s -> graphs.put(
                s.getResource().getProperty(p(RDFS, "label")).getString(),
                s.getResource().getPropertyResourceValue(p(UT, "graph")).getURI()));
        Resource connection = t.getPropertyResourceValue(p(MF, "action"));
        List<Exchange> exchanges = new ArrayList<>();
        for (RDFNode r : connection.getPropertyResourceValue(p(HT, "requests")).as(RDFList.class).asJavaList()) {
            exchanges.add(exchange(r.asResource()));
        }
        return new Test(id, name, approved, graphs, List.copyOf(exchanges));
    }

    private Exchange exchange(Resource request) {
        Resource resp = request.getPropertyResourceValue(p(HT, "resp"));
        List<String> statuses = new ArrayList<>();
        resp.listProperties(p(MF, "expectedStatus")).forEachRemaining(s -> statuses.add(s.getResource().getLocalName()));
        Expected expected = new Expected(List.copyOf(statuses),
                literal(resp, MF, "expectedBoolean").map(Boolean::parseBoolean),
                literal(resp, MF, "expectedFormat"),
                literal(resp, MF, "expectedLocation"),
                headers(resp),
                Optional.ofNullable(resp.getPropertyResourceValue(p(HT, "body"))).map(b -> b.getProperty(p(CNT, "chars")).getString()));
        byte[] body = null;
        Resource content = request.getPropertyResourceValue(p(HT, "body"));
        if (content != null) {
            Charset charset = Charset.forName(content.getProperty(p(CNT, "characterEncoding")).getString());
            body = content.getProperty(p(CNT, "chars")).getString().getBytes(charset);
        }
        return new Exchange(request.getProperty(p(HT, "methodName")).getString(),
                request.getProperty(p(HT, "absolutePath")).getString(), headers(request), body, expected);
    }

    private Map<String, String> headers(Resource r) {
        Map<String, String> headers = new LinkedHashMap<>();
        Resource list = r.getPropertyResourceValue(p(HT, "headers"));
        if (list != null) {
            for (RDFNode h : list.as(RDFList.class).asJavaList()) {
                headers.put(h.asResource().getProperty(p(HT, "fieldName")).getString(),
                        h.asResource().getProperty(p(HT, "fieldValue")).getString());
            }
        }
        return headers;
    }

    private Optional<String> literal(Resource r, String ns, String local) {
        return Optional.ofNullable(r.getProperty(p(ns, local))).map(s -> s.getLiteral().getLexicalForm());
    }

    private Property p(String ns, String local) {
        return model.createProperty(ns + local);
    }
}
