package org.w3id.dkg.app.server;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.w3id.dkg.app.api.DumpFilter;
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
    FilterRegistrationBean<DumpFilter> dumpFilter(DkgStore store) {
        FilterRegistrationBean<DumpFilter> registration = new FilterRegistrationBean<>(new DumpFilter(store));
        registration.setUrlPatterns(List.of(DumpFilter.PATH));
        registration.setOrder(-5); // after Spring Security, before Fuseki's filter (0)
        return registration;
    }
}
