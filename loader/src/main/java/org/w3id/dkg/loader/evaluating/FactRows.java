package org.w3id.dkg.loader.evaluating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.family.FactFamilies;
import org.w3id.dkg.loader.family.FactTable;

/**
 * Extracted facts as rows of the expected-facts layout (gold/SCHEMA.md), so that both
 * sides of an evaluation are compared on the same columns. Each family says how its facts
 * read as rows; a fact no family claims is an error, not a silent gap in the figures.
 */
public final class FactRows {
    private FactRows() {}

    /** Rows per table for one document. */
    public static Map<FactTable, List<Map<String, String>>> of(DocumentPipeline.Facts found, FactFamilies families) {
        Map<FactTable, List<Map<String, String>>> rows = new LinkedHashMap<>();
        String doc = found.analysis().text().docId();
        var meta = found.metadata();
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("doc", doc);
        docs.put("symbol", meta.symbol());
        docs.put("date", meta.date());
        docs.put("doc_type", meta.docType());
        add(rows, FactTable.DOCS, docs);
        for (Fact fact : found.facts()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("doc", doc);
            families.row(fact).forEach((column, value) -> row.put(column, value == null ? "" : value));
            add(rows, families.of(fact).table(), row);
        }
        return rows;
    }

    /**
     * Roles whose body is an event, with that body read as the event's start date
     * ({@code event@2021-10}) instead of its key. Event keys are minted from the words of the
     * text ({@code ZARAGOZA_DOUBLE_EVENT_2021}) while a person writing a fixture names the event
     * as they know it ({@code ZARAGOZA_VD99_DOUBLE_EVENT_2021}); events themselves are compared
     * by document and start date (see the event family's table), so a role in an event is compared
     * the same way. Each side is read against its own events: the expected roles against the
     * expected events, the extracted roles against the extracted events. A body that is no event
     * of that side, or an event without a start date, keeps its key. Two events of one document
     * that start on the same date are one event to this comparison, as they are for events.
     */
    public static List<Map<String, String>> withEventBodiesByDate(List<Map<String, String>> roles,
            List<Map<String, String>> events) {
        Map<String, String> startOf = new LinkedHashMap<>();
        for (Map<String, String> e : events) {
            String key = e.getOrDefault("event_key", "").strip(), start = e.getOrDefault("start", "").strip();
            if (!key.isEmpty() && !start.isEmpty()) startOf.putIfAbsent(key, start);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> role : roles) {
            String start = startOf.get(role.getOrDefault("body_key", "").strip());
            if (start == null) {
                out.add(role);
                continue;
            }
            Map<String, String> copy = new LinkedHashMap<>(role);
            copy.put("body_key", EVENT_BODY + start);
            out.add(copy);
        }
        return out;
    }

    /** The prefix of a role's body read as an event's start date. */
    public static final String EVENT_BODY = "event@";

    private static void add(Map<FactTable, List<Map<String, String>>> rows, FactTable type, Map<String, String> row) {
        rows.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
    }
}
