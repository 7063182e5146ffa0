package org.w3id.dkg.app.server;

import java.util.List;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
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
 *
 * <p>Always: {@code /dkg/sparql}, {@code /dkg/query} (SPARQL Query, through
 * {@link GuardedQueryProcessor}) and {@code /dkg/data} (Graph Store Protocol, read). With an
 * admin account ({@link AdminCredentials}) also {@code /dkg/update} (SPARQL Update) and
 * Graph Store writes on {@code /dkg/data}, each with a Fuseki policy naming that account —
 * a second lock behind Spring Security. For queries the default graph is the union of the
 * named graphs ({@link UnionDefaultGraph}). The served dataset is the text-indexed store, so
 * writes over HTTP keep the full-text index in step.
 */
@Configuration(proxyBeanMethods = false)
public class FusekiConfig {
    /** The dataset path under the server root. */
    public static final String DATASET = "/dkg";
    private static final Logger LOG = LoggerFactory.getLogger("dkg.fuseki");

    @Bean
    RunningQueries runningQueries() {
        return new RunningQueries();
    }

    @Bean(destroyMethod = "close")
    MemoryGuard memoryGuard(RunningQueries running, @Value("${dkg.query.memory-abort-fraction:0.85}") double fraction) {
        return new MemoryGuard(running, fraction);
    }

    @Bean
    OperationRegistry fusekiOperations(QueryLimits limits, RunningQueries running, MemoryGuard memoryGuard) {
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new GuardedQueryProcessor(limits, running));
        return operations;
    }

    @Bean
    FederationPolicy federationPolicy(@Value("${dkg.federation.allow:}") List<String> allowed) {
        FederationPolicy policy = FederationPolicy.of(allowed);
        LOG.info("federation: {}", policy.allowed().isEmpty() ? "off" : "allowed to " + policy.allowed());
        return policy;
    }

    @Bean
    DataAccessPointRegistry fusekiRegistry(DkgStore store, OperationRegistry operations, QueryLimits limits,
            AdminCredentials admin, FederationPolicy federation) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        // A client's own timeout= is capped by this one; limits and federation are per dataset, not process-wide.
        limits.applyTo(dsg.getContext());
        federation.applyTo(dsg.getContext());
        // Queries see the union of the named graphs as their default graph; updates and the
        // Graph Store Protocol address the stored graphs.
        DataService.Builder builder = DataService.newBuilder(dsg)
                .addEndpoint(queryEndpoint(""))
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(queryEndpoint("sparql"))
                .addEndpoint(queryEndpoint("query"))
                .addEndpoint(Operation.GSP_R, "data");
        if (admin.writesEnabled()) {
            builder.addEndpoint(Operation.Update, "update", Auth.policyAllowSpecific(admin.userName()))
                    .addEndpoint(Operation.GSP_RW, "data", Auth.policyAllowSpecific(admin.userName()));
        }
        DataService service = builder.build();
        service.setEndpointProcessors(operations);
        service.goActive();
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint(DATASET, service));
        LOG.info("fuseki: dataset {} {}, query timeout {}s, at most {} rows, {} queries at once", DATASET,
                admin.writesEnabled() ? "read-write for " + admin.userName() : "read-only (no admin account)",
                limits.timeout().toSeconds(), limits.maxRows(), limits.maxConcurrent());
        return registry;
    }

    private static Endpoint queryEndpoint(String name) {
        return Endpoint.create().operation(Operation.Query).endpointName(name).context(UnionDefaultGraph.queryContext()).build();
    }

    @Bean
    ServletContextInitializer fusekiContext(DataAccessPointRegistry registry, OperationRegistry operations) {
        return sc -> {
            DataAccessPointRegistry.set(sc, registry);
            OperationRegistry.set(sc, operations);
        };
    }

    @Bean
    FilterRegistrationBean<QueryAdmission> queryAdmission(QueryLimits limits) {
        FilterRegistrationBean<QueryAdmission> registration = new FilterRegistrationBean<>(
                new QueryAdmission(new AdmissionQueue(limits.maxConcurrent(), limits.maxQueued()), limits.timeout()));
        registration.setUrlPatterns(List.of(DATASET, DATASET + "/", DATASET + "/sparql", DATASET + "/query", DATASET + "/update"));
        registration.setOrder(-10); // after Spring Security (-100): refused writes do not take a slot
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(QueryLimits limits) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(limits.maxRequestSize().toBytes()));
        registration.setUrlPatterns(List.of(DATASET, DATASET + "/", DATASET + "/sparql", DATASET + "/query", DATASET + "/update"));
        registration.setOrder(-105); // before Spring Security (-100): too large is answered before any login question
        return registration;
    }

    @Bean
    FilterRegistrationBean<DeclaredCharset> declaredCharset() {
        FilterRegistrationBean<DeclaredCharset> registration = new FilterRegistrationBean<>(new DeclaredCharset());
        registration.setUrlPatterns(List.of(DATASET, DATASET + "/", DATASET + "/sparql", DATASET + "/query", DATASET + "/update"));
        registration.setOrder(-104); // after the size limit (-105), before Spring Security (-100)
        return registration;
    }

    @Bean
    FilterRegistrationBean<MalformedRequests> malformedRequests() {
        FilterRegistrationBean<MalformedRequests> registration = new FilterRegistrationBean<>(new MalformedRequests());
        registration.setUrlPatterns(List.of(DATASET, DATASET + "/", DATASET + "/sparql", DATASET + "/query", DATASET + "/update"));
        registration.setOrder(-106); // before the size limit (-105) and Spring Security (-100)
        return registration;
    }

    @Bean
    FilterRegistrationBean<UpdateDatasetConflict> updateDatasetConflict() {
        FilterRegistrationBean<UpdateDatasetConflict> registration = new FilterRegistrationBean<>(new UpdateDatasetConflict());
        registration.setUrlPatterns(List.of(DATASET + "/update"));
        registration.setOrder(-9); // after Spring Security (-100) and the size limit (-105): an admitted, bounded update
        return registration;
    }

    @Bean
    FilterRegistrationBean<GraphCreation> graphCreation() {
        FilterRegistrationBean<GraphCreation> registration = new FilterRegistrationBean<>(new GraphCreation());
        registration.setUrlPatterns(List.of(DATASET + "/data"));
        registration.setOrder(-8); // after Spring Security (-100): only an admitted write creates a graph
        return registration;
    }

    @Bean
    FilterRegistrationBean<MultipartGraphStore> multipartGraphStore() {
        FilterRegistrationBean<MultipartGraphStore> registration = new FilterRegistrationBean<>(new MultipartGraphStore());
        registration.setUrlPatterns(List.of(DATASET + "/data"));
        registration.setOrder(-107); // before every filter that might ask for a parameter and so parse the body
        return registration;
    }

    @Bean
    FilterRegistrationBean<FusekiFilter> fusekiFilter() {
        FilterRegistrationBean<FusekiFilter> registration = new FilterRegistrationBean<>(new FusekiFilter());
        registration.setUrlPatterns(List.of(DATASET, DATASET + "/*"));
        registration.setOrder(0); // after CORS (highest precedence), Spring Security (-100) and the dump (-5)
        return registration;
    }
}
