package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.dkg.app.Http.enc;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.federated.FedXFactory;
import org.eclipse.rdf4j.federated.repository.FedXRepository;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.app.server.DkgServer;

/**
 * Federation both ways with engines that are not dkg's: RDF4J FedX joins dkg with a stock Fuseki
 * holding a small dataset keyed on Wikidata IRIs ({@code federation/headquarters.ttl}); that Fuseki
 * calls dkg through {@code SERVICE}; and dkg calls that Fuseki through {@code SERVICE}, which its
 * allowlist names. The join is on the Wikidata links of dkg's organisations
 * ({@code external-links.tsv}), so it works only because queries see the union default graph.
 */
class FederationTest {
    static final String PREFIXES = """
            PREFIX dkg: <https://w3id.org/dkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX ex: <http://example.org/headquarters#>
            """;
    /** The eight organisations of headquarters.ttl, each linked from dkg's reference graph by its Wikidata IRI. */
    static final String HEADQUARTERS = """
            key,hq\r
            AU,Addis Ababa\r
            EU,Brussels\r
            IAEA,Vienna\r
            NATO,Brussels\r
            OAS,"Washington, D.C."\r
            OPCW,The Hague\r
            OSCE,Vienna\r
            UN,New York\r
            """;
    static StockFuseki fuseki;
    static DkgServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        fuseki = StockFuseki.start(Path.of("src", "test", "resources", "federation", "headquarters.ttl"), "hq");
        server = DkgServer.start(CorpusStore.get(), 0, Map.of("dkg.federation.allow", fuseki.baseUrl() + "/hq/"));
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        try {
            server.close();
        } finally {
            fuseki.close();
        }
    }

    @Test
    void fedxJoinsDkgsMembershipsWithTheOtherEndpointsHeadquarters() {
        String query = PREFIXES + """
                SELECT ?key ?hq (COUNT(DISTINCT ?state) AS ?members) WHERE {
                  ?org a dkg:Organisation ; skos:notation ?key ; skos:exactMatch ?wd .
                  ?wd ex:headquarters ?hq .
                  ?state a dkg:State ; dkg:memberOf ?org .
                } GROUP BY ?key ?hq ORDER BY ?key""";
        FedXRepository federation = FedXFactory.newFederation()
                .withSparqlEndpoint(server.sparqlUrl()).withSparqlEndpoint(fuseki.sparqlUrl()).create();
        List<String> rows = new ArrayList<>();
        try (RepositoryConnection connection = federation.getConnection();
                TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
            for (BindingSet b : result) {
                rows.add(b.getValue("key").stringValue() + "," + b.getValue("hq").stringValue() + "," + b.getValue("members").stringValue());
            }
        } finally {
            federation.shutDown();
        }
        // Current members in graph/reference (reference-memberships.tsv): the 27 EU member States, the 32 NATO
        // allies and the 57 OSCE participating States.
        assertThat(rows).containsExactly("EU,Brussels,27", "NATO,Brussels,32", "OSCE,Vienna,57");
    }

    @Test
    void aStockFusekiCallsDkgThroughService() throws Exception {
        String query = PREFIXES + """
                SELECT ?key ?hq WHERE {
                  ?wd ex:headquarters ?hq .
                  SERVICE <%s> { ?org a dkg:Organisation ; skos:notation ?key ; skos:exactMatch ?wd }
                } ORDER BY ?key""".formatted(server.sparqlUrl());
        HttpResponse<String> r = new Http(fuseki.baseUrl()).get("/hq/sparql?query=" + enc(query), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(HEADQUARTERS);
    }

    @Test
    void dkgCallsTheStockFusekiThroughServiceWhenTheAllowlistNamesIt() throws Exception {
        String query = PREFIXES + """
                SELECT ?key ?hq WHERE {
                  ?org a dkg:Organisation ; skos:notation ?key ; skos:exactMatch ?wd .
                  SERVICE <%s> { ?wd ex:headquarters ?hq }
                } ORDER BY ?key""".formatted(fuseki.sparqlUrl());
        HttpResponse<String> r = http.get("/dkg/sparql?query=" + enc(query), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(HEADQUARTERS);
    }

    /** The federated query of the README ("Federated queries"), with the answer it shows. */
    @Test
    void theReadmesFederatedQueryAnswersAsShown() throws Exception {
        String query = PREFIXES + """
                SELECT ?key ?hq (COUNT(DISTINCT ?state) AS ?members) WHERE {
                  ?org a dkg:Organisation ; skos:notation ?key ; skos:exactMatch ?wd .
                  ?state a dkg:State ; dkg:memberOf ?org .
                  SERVICE <%s> { ?wd ex:headquarters ?hq }
                } GROUP BY ?key ?hq ORDER BY ?key""".formatted(fuseki.sparqlUrl());
        HttpResponse<String> r = http.get("/dkg/sparql?query=" + enc(query), "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("key,hq,members\r\nEU,Brussels,27\r\nNATO,Brussels,32\r\nOSCE,Vienna,57\r\n");
    }
}
