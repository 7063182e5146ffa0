package org.w3id.dkg.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * A server that runs one query at a time and lets none wait answers a second one with 503 and {@code Retry-After};
 * the workbench says the server is busy, waits the delay it was given, asks again and shows
 * the rows — the user does nothing.
 */
class WorkbenchBusyServerBrowserTest {
    static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?w { ?a ?b ?c } GRAPH ?x { ?d ?e ?f } "
            + "GRAPH ?y { ?g ?h ?i } GRAPH ?z { ?j ?k ?l } }";
    static DkgStore store;
    static DkgServer server;
    static Browser browser;

    @BeforeAll
    static void serveOneQueryAtATime() {
        store = DkgStore.inMemory();
        store.dataset().executeWrite(() ->
                RDFDataMgr.read(store.dataset(), WorkbenchBusyServerBrowserTest.class.getResource("/fixture.trig").toString()));
        server = DkgServer.start(store, 0, Map.of("dkg.query.max-concurrent", "1", "dkg.query.max-queued", "0", "dkg.query.timeout", "3s"));
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
        }
    }

    @Test
    void aBusyServerIsAskedAgainAfterRetryAfter() {
        browser.open(server.baseUrl() + "/");
        browser.waitFor("body[data-ready=true] li[data-name=documents] button[type=submit]");
        browser.until(d -> d.findElements(By.cssSelector("datalist[data-kinds=State] option")).isEmpty() ? null : true);
        // Another client holds the only slot for about 3 s (the server's timeout).
        browser.script("fetch('/dkg/sparql', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                + " body: new URLSearchParams({query: arguments[0]})}); return true;", SLOW);
        browser.until(d -> { try { Thread.sleep(300); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } return true; });
        browser.driver.findElement(By.cssSelector("li[data-name=documents] button[type=submit]")).click();
        browser.until(d -> "warning".equals(d.findElement(By.id("message")).getAttribute("data-kind")) ? true : null);
        assertThat(browser.driver.findElement(By.id("message")).getText()).isEqualTo("Le serveur est occupé : nouvel essai dans 5 s.");
        browser.waitFor("#view[data-rendered=table] table.results tbody tr");
        assertThat(browser.driver.findElement(By.id("message")).getText()).matches("\\d+ lignes en \\d+ ms\\.");
        // Chromium logs the refused request and the blocker's timeout; nothing else may be logged.
        assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).contains("/dkg/sparql").contains("503"));
    }
}
