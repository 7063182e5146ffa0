package org.w3id.dkg.app.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.dkg.app.store.StoreCounts;

/**
 * The home page is the analyst's workbench, built from {@code sparql-endpoint/workbench} into
 * {@code static/index.html} by the Maven build. This controller serves it with what is loaded
 * (documents and triples, counted at most {@code dkg.stats.max-age} ago) written into the page,
 * so the first view needs no request of its own. A jar built without the front end says so.
 */
@RestController
public class HomeController {
    static final String WORKBENCH = "static/index.html";

    private final StoreCounts counts;
    private final String template;

    public HomeController(StoreCounts counts) {
        this.counts = counts;
        this.template = read();
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public String home() {
        StoreCounts.Counts current = counts.current();
        return template.replace("{{documents}}", htmlEscape(Long.toString(current.documents())))
                .replace("{{triples}}", htmlEscape(Long.toString(current.triples())));
    }

    private static String read() {
        try (InputStream in = HomeController.class.getClassLoader().getResourceAsStream(WORKBENCH)) {
            if (in == null) {
                return """
                        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>dkg</title></head><body>
                        <h1>dkg</h1><p>This build has no workbench (sparql-endpoint/workbench was not built).
                        Loaded: <strong id="documents">{{documents}}</strong> documents,
                        <strong id="triples">{{triples}}</strong> triples. SPARQL endpoint: <a href="/dkg/sparql">/dkg/sparql</a>.</p>
                        </body></html>""";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + WORKBENCH, e);
        }
    }
}
