package org.w3id.dkg.app.server;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Lets any web page read the graph (CORS open for GET, HEAD and POST queries). The filter
 * runs first, before Spring Security, so that preflight requests are answered rather
 * than refused.
 */
@Configuration(proxyBeanMethods = false)
public class CorsConfig {

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        // Readable by scripts on other origins: when to retry after a 503, the validators, the links to other formats.
        cors.setExposedHeaders(List.of("Content-Type", "Content-Length", "Retry-After", "ETag", "Last-Modified", "Link", "Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
