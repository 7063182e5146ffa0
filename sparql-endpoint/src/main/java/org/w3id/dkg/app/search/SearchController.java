package org.w3id.dkg.app.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.w3id.dkg.app.linkeddata.Describer;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.loader.store.TextAnalysis;

/**
 * {@code GET /api/search?q=...&limit=20}: the full-text index as JSON, for a search box.
 * Each hit is {@code {entity, kind, key, label, score}}; a hit on an evidence quote is
 * reported as the fact the quote belongs to (with its {@code document}), a hit on a label
 * as the labelled entity. The words are searched as typed (Lucene syntax is escaped);
 * {@code text:query} inside SPARQL offers the full Lucene syntax. The words are searched in the index's main field
 * and in the field of each language ({@link TextAnalysis#languages}), each analysed by its language's stemmer, so
 * "ratifications" finds an English quote saying "ratified" as well as a French one saying "ratifié"; the best
 * score of each hit ranks it.
 */
@RestController
public class SearchController {
    static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX dkg:  <https://w3id.org/dkg/ontology#>
            SELECT ?hit ?score ?literal ?fact ?document WHERE {
              (?hit ?score ?literal) text:query (?q ?limit%s) .
              OPTIONAL { GRAPH ?g { ?evidence oa:hasSelector ?hit . ?fact dkg:evidence ?evidence .
                                    OPTIONAL { ?evidence oa:hasSource ?document } } }
            } ORDER BY DESC(?score)""";
    private static final int MAX_LIMIT = 200;
    /**
     * The main field (no language argument), then each language's field ({@code "lang:en"}); jena-text sends only the
     * first term of a language query to the language's field, so the words go there in parentheses.
     */
    private static final List<String> FIELDS = java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
            TextAnalysis.languages().stream().map(l -> " \"lang:" + l + "\"")).toList();
    private final DkgStore store;

    public SearchController(DkgStore store) {
        this.store = store;
    }

    /**
     * The words as typed, escaped, with the last word also as a prefix ({@code Vien} finds
     * "Vienne" while one types): suggestions as one types, whole words still ranked first.
     */
    static String asTyped(String q) {
        String words = QueryParserBase.escape(q.strip());
        String[] split = q.strip().split("\\s+");
        String last = split[split.length - 1];
        if (last.length() >= 2 && last.codePoints().allMatch(Character::isLetterOrDigit)) {
            return words + " " + QueryParserBase.escape(last) + "*";
        }
        return words;
    }

    @GetMapping(value = "/api/search", produces = "application/json")
    public List<Map<String, Object>> search(@RequestParam("q") String q, @RequestParam(defaultValue = "20") int limit) {
        if (q.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q: give one or more words to search");
        }
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        return store.read(ds -> {
            List<Map<String, Object>> hits = new ArrayList<>();
            Map<Node, Map<String, Object>> seen = new LinkedHashMap<>();
            List<Binding> ranked = new ArrayList<>();
            for (String field : FIELDS) {
                Query query = QueryFactory.create(QUERY.formatted(field));
                try (QueryExec exec = QueryExec.dataset(ds.asDatasetGraph()).query(query)
                        .substitution("q", NodeFactory.createLiteralString(field.isEmpty() ? asTyped(q) : "(" + asTyped(q) + ")"))
                        .substitution("limit", NodeFactory.createLiteralDT(Integer.toString(n * 3),
                                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))
                        .build()) {
                    exec.select().forEachRemaining(ranked::add);
                }
            }
            ranked.sort(Comparator.comparingDouble((Binding b) -> ((Number) b.get("score").getLiteralValue()).doubleValue()).reversed());
            Iterator<Binding> rows = ranked.iterator();
            while (rows.hasNext() && seen.size() < n) {
                Binding row = rows.next();
                Node fact = row.get("fact");
                Node entity = fact != null ? fact : row.get("hit");
                if (!entity.isURI() || seen.containsKey(entity)) {
                    continue;
                }
                Describer.Summary summary = Describer.summary(ds.asDatasetGraph(), entity);
                Map<String, Object> hit = new LinkedHashMap<>();
                hit.put("entity", entity.getURI());
                hit.put("kind", summary.kind());
                hit.put("key", summary.key());
                hit.put("label", fact != null ? row.get("literal").getLiteralLexicalForm() : summary.label());
                hit.put("score", ((Number) row.get("score").getLiteralValue()).doubleValue());
                if (row.get("document") != null) {
                    hit.put("document", row.get("document").getURI());
                }
                seen.put(entity, hit);
            }
            hits.addAll(seen.values());
            return hits;
        });
    }
}
