package org.w3id.dkg.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.w3id.dkg.queries.LibraryQuery;
import org.w3id.dkg.queries.QueryLibrary;

/**
 * {@code GET /api/queries}: the query library as JSON, so that the web UI and the endpoint's
 * users can offer the competency questions with their parameters without copying the
 * {@code .rq} files; {@code GET /api/queries/NAME} gives one.
 */
@RestController
public class QueriesController {
    private final QueryLibrary library = QueryLibrary.standard();

    @GetMapping(value = Endpoints.QUERIES, produces = "application/json")
    public List<Map<String, Object>> list() {
        return library.list().stream().map(QueriesController::describe).toList();
    }

    @GetMapping(value = Endpoints.QUERIES + "/{name}", produces = "application/json")
    public Map<String, Object> one(@PathVariable String name) {
        return library.find(name).map(QueriesController::describe)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no library query " + name));
    }

    private static Map<String, Object> describe(LibraryQuery q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", q.name());
        json.put("title", q.title());
        json.put("description", q.description());
        json.put("params", q.params().stream().map(p -> {
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("name", p.name());
            param.put("kind", p.kind().name().toLowerCase());
            param.put("required", p.required());
            param.put("description", p.description());
            return param;
        }).toList());
        json.put("columns", q.query().getResultVars());
        json.put("text", q.text());
        return json;
    }
}
