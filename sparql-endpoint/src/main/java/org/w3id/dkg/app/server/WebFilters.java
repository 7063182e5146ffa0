package org.w3id.dkg.app.server;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.w3id.dkg.app.api.DumpFilter;
import org.w3id.dkg.app.linkeddata.Descriptions;
import org.w3id.dkg.app.linkeddata.ServiceDescriptionFilter;
import org.w3id.dkg.loader.store.DkgStore;

/** The servlet filters that are not Fuseki's or Spring Security's, and where each sits in the chain. */
@Configuration(proxyBeanMethods = false)
public class WebFilters {

    @Bean
    FilterRegistrationBean<RequestLog> requestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // sees every request, with its final status
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConditionalRequests> conditionalRequests(StoreVersion version,
            @Value("${dkg.cache.max-age:60s}") Duration maxAge) {
        FilterRegistrationBean<ConditionalRequests> registration = new FilterRegistrationBean<>(new ConditionalRequests(version, maxAge));
        registration.setOrder(-50); // after Spring Security (-100): only admitted writes change the version
        return registration;
    }

    @Bean
    FilterRegistrationBean<ServiceDescriptionFilter> serviceDescription(Descriptions descriptions) {
        FilterRegistrationBean<ServiceDescriptionFilter> registration = new FilterRegistrationBean<>(new ServiceDescriptionFilter(descriptions));
        registration.setUrlPatterns(ServiceDescriptionFilter.PATHS);
        registration.setOrder(-20); // before query admission (-10): a service description takes no query slot
        return registration;
    }

    @Bean
    FilterRegistrationBean<DumpFilter> dumpFilter(DkgStore store) {
        FilterRegistrationBean<DumpFilter> registration = new FilterRegistrationBean<>(new DumpFilter(store));
        registration.setUrlPatterns(List.of(DumpFilter.PATH));
        registration.setOrder(-5); // after Spring Security, before Fuseki's filter (0)
        return registration;
    }
}
