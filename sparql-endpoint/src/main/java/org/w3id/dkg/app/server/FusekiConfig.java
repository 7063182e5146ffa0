package org.w3id.dkg.app.server;

import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * Serves the store through Fuseki's SPARQL protocol machinery inside Spring's servlet
 * container, on Spring's port: the data service {@code /dkg} is built the way
 * {@code FusekiServer.Builder} builds one, and Fuseki's filter answers {@code /dkg/*}.
 * Only read operations are registered: {@code /dkg/sparql} and {@code /dkg/query}
 * (SPARQL Query), {@code /dkg/data} (Graph Store Protocol, read). No update endpoint
 * exists yet, so the store cannot be changed over HTTP.
 */
@Configuration(proxyBeanMethods = false)
public class FusekiConfig {
    /** The dataset path under the server root. */
    public static final String DATASET = "/dkg";
    private static final Logger LOG = LoggerFactory.getLogger("dkg.fuseki");

    @Bean
    OperationRegistry fusekiOperations() {
        return OperationRegistry.createStd();
    }

    @Bean
    DataAccessPointRegistry fusekiRegistry(DkgStore store, OperationRegistry operations,
            @Value("${dkg.query.timeout:30s}") Duration timeout) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        // A client's own timeout= is capped by this one.
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "data")
                .build();
        service.setEndpointProcessors(operations);
        service.goActive();
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint(DATASET, service));
        LOG.info("fuseki: dataset {} read-only (sparql, query, data), query timeout {}s", DATASET, timeout.toSeconds());
        return registry;
    }

    @Bean
    ServletContextInitializer fusekiContext(DataAccessPointRegistry registry, OperationRegistry operations) {
        return sc -> {
            DataAccessPointRegistry.set(sc, registry);
            OperationRegistry.set(sc, operations);
        };
    }

    @Bean
    FilterRegistrationBean<FusekiFilter> fusekiFilter() {
        FilterRegistrationBean<FusekiFilter> registration = new FilterRegistrationBean<>(new FusekiFilter());
        registration.setUrlPatterns(List.of(DATASET, DATASET + "/*"));
        registration.setOrder(0); // after CORS (highest precedence) and Spring Security (-100)
        return registration;
    }
}
