package org.w3id.dkg.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * Document text carrying markup ({@code hostile.trig}: a quote {@code <script>alert(1)</script>},
 * a text with {@code <img src=x onerror=alert(2)>}, a title with {@code <b>}) stays text in
 * every view of the workbench — table, graph, map, timeline — and on the fact and document
 * pages, in a real browser: no element is injected and no script runs (an alert would fail
 * the next browser command).
 */
class WorkbenchEscapingBrowserTest {
    static final String HOSTILE = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dkg: <https://w3id.org/dkg/ontology#>
            SELECT ?actor ?partner ?relation ?date ?text WHERE {
              VALUES (?actor ?partner ?date) { ("ESP" "MEX" "2022-05-31") }
              GRAPH ?g { { ?s oa:exact ?relation } }
              GRAPH ?h { ?d dkg:normalisedText ?text }
            }""";
    static DkgStore store;
    static DkgServer server;
    static Browser browser;

    @BeforeAll
    static void serveTheHostileFixture() {
        store = DkgStore.inMemory();
        store.dataset().executeWrite(() -> {
            RDFDataMgr.read(store.dataset(), WorkbenchEscapingBrowserTest.class.getResource("/fixture.trig").toString());
            RDFDataMgr.read(store.dataset(), WorkbenchEscapingBrowserTest.class.getResource("/hostile.trig").toString());
        });
        server = DkgServer.start(store, 0);
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

    @AfterEach
    void nothingWasInjected() {
        assertThat(browser.driver.findElements(By.cssSelector("img[src=x], b, i"))).as("injected elements").isEmpty();
        assertThat((Long) browser.script("return document.querySelectorAll('script:not([src])').length")).isZero();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void hostileTextStaysTextInEveryViewOfTheWorkbench() {
        browser.open("about:blank");
        browser.open(server.baseUrl() + "/#query=" + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.waitFor("#view[data-rendered=table] table.results tbody tr");
        String table = browser.driver.findElement(By.cssSelector("#view table.results")).getText();
        assertThat(table).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(2)>");
        for (String view : new String[] {"graph", "map", "timeline"}) {
            browser.driver.findElement(By.id("tab-" + view)).click();
            browser.waitFor("#view[data-rendered=" + view + "]");
        }
        assertThat(browser.driver.findElement(By.cssSelector("#view .legend")).getText()).contains("<script>alert(1)</script>");
        browser.driver.findElement(By.id("tab-graph")).click();
        browser.waitFor("#view[data-rendered=graph] svg.graph line");
        assertThat((String) browser.script("return document.querySelector('#view svg.graph line title').textContent"))
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void hostileTextStaysTextOnTheFactAndDocumentPages() {
        browser.open(server.baseUrl() + "/id/fact/evil1");
        assertThat(browser.driver.findElement(By.cssSelector("blockquote.quote")).getText()).isEqualTo("<script>alert(1)</script>");
        browser.open(server.baseUrl() + "/id/document/evil");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Evil <b>report</b>");
    }
}
