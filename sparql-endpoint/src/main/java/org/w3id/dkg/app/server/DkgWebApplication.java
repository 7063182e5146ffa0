package org.w3id.dkg.app.server;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.w3id.dkg.app.api.LoadController;
import org.w3id.dkg.app.api.QueriesController;
import org.w3id.dkg.app.linkeddata.Descriptions;
import org.w3id.dkg.app.linkeddata.Dumps;
import org.w3id.dkg.app.linkeddata.LinkedDataController;
import org.w3id.dkg.app.linkeddata.PublicBase;
import org.w3id.dkg.app.linkeddata.VoidController;
import org.w3id.dkg.app.search.SearchController;
import org.w3id.dkg.app.store.StoreCounts;
import org.w3id.dkg.app.web.HomeController;
import org.w3id.dkg.app.web.HealthAlias;

/**
 * The Spring Boot application behind {@code dkg serve}. Its parts are imported by name
 * rather than found by a class-path scan: start-up stays quick and the list of what
 * runs is here to read. The store is not a bean made here: {@link DkgServer} hands in
 * the one the command opened, so the CLI owns the store's life.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@Import({QueryLimits.class, AdminCredentials.class, FusekiConfig.class, SecurityConfig.class, CorsConfig.class,
        WebFilters.class, StoreCounts.class, StoreHealthIndicator.class, HomeController.class, HealthAlias.class, SearchController.class,
        StoreVersion.class, PublicBase.class, Descriptions.class, Dumps.class,
        LinkedDataController.class, VoidController.class, LoadController.class, QueriesController.class})
public class DkgWebApplication {}
