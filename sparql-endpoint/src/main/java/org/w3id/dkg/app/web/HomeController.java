package org.w3id.dkg.app.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.dkg.app.store.StoreCounts;

/**
 * The home page: what is loaded (documents, triples, counted at most {@code dkg.stats.max-age} ago), where the SPARQL endpoint is, and
 * a form to try a query. Plain HTML written here, every value escaped; the full web UI
 * comes later.
 */
@RestController
public class HomeController {
    static final String EXAMPLE = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?g (COUNT(*) AS ?triples)
            WHERE { GRAPH ?g { ?s ?p ?o } }
            GROUP BY ?g ORDER BY DESC(?triples)
            LIMIT 20""";

    private final StoreCounts counts;

    public HomeController(StoreCounts counts) {
        this.counts = counts;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public String home() {
        StoreCounts.Counts counts = this.counts.current();
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>dkg — disarmament knowledge graph</title></head>
                <body>
                <h1>dkg — disarmament knowledge graph</h1>
                <p>A knowledge graph of disarmament diplomacy built from United Nations reports.</p>
                <p>Loaded: <strong id="documents">%s</strong> documents, <strong id="triples">%s</strong> triples.</p>
                <p>SPARQL endpoint: <a href="/dkg/sparql">/dkg/sparql</a> (SPARQL 1.1 Query Protocol, GET and POST, read-only).
                Graphs: <a href="/dkg/data">/dkg/data</a>. Health: <a href="/health">/health</a>.</p>
                <h2>Try a query</h2>
                <form action="/dkg/sparql" method="get">
                <textarea name="query" rows="8" cols="80">%s</textarea><br>
                <label>Results as <select name="output">
                <option value="json">JSON</option><option value="csv">CSV</option>
                <option value="tsv">TSV</option><option value="xml">XML</option></select></label>
                <button type="submit">Run</button>
                </form>
                </body>
                </html>
                """.formatted(htmlEscape(Long.toString(counts.documents())), htmlEscape(Long.toString(counts.triples())),
                htmlEscape(EXAMPLE, "UTF-8"));
    }
}
