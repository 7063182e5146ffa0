package org.w3id.dkg.loader.evaluating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.extracting.CbmActivityFact;
import org.w3id.dkg.loader.extracting.CitationFact;
import org.w3id.dkg.loader.extracting.EventFact;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.extracting.FundingFact;
import org.w3id.dkg.loader.extracting.InstrumentActionFact;
import org.w3id.dkg.loader.extracting.MembershipFact;
import org.w3id.dkg.loader.extracting.MentionFact;
import org.w3id.dkg.loader.extracting.ReplyFact;
import org.w3id.dkg.loader.extracting.RoleFact;
import org.w3id.dkg.loader.linking.Entity;

/**
 * Extracted facts as rows of the expected-facts layout (gold/SCHEMA.md), so that both
 * sides of an evaluation are compared on the same columns.
 */
public final class FactRows {
    private FactRows() {}

    /** Rows per fact type for one document. */
    public static Map<FactType, List<Map<String, String>>> of(DocumentPipeline.Facts found) {
        Map<FactType, List<Map<String, String>>> rows = new LinkedHashMap<>();
        String doc = found.analysis().text().docId();
        var meta = found.metadata();
        add(rows, FactType.DOCS, row("doc", doc, "symbol", meta.symbol(), "date", meta.date(), "doc_type", meta.docType()));
        for (Fact fact : found.facts()) {
            if (fact instanceof ReplyFact f) add(rows, FactType.RESPONDENTS, row("doc", doc, "actor_key", f.respondent().key(),
                    "reply_date", f.date(), "original_language", f.language()));
            else if (fact instanceof MentionFact f) add(rows, FactType.MENTIONS, row("doc", doc,
                    "entity_kind", f.entity().kind().label(), "key", f.entity().key()));
            else if (fact instanceof MembershipFact f) add(rows, FactType.MEMBERSHIPS, row("doc", doc,
                    "state_key", f.member().key(), "org_key", f.organisation().key(), "since", f.since(), "until", f.until()));
            else if (fact instanceof InstrumentActionFact f) add(rows, FactType.INSTRUMENT_ACTIONS, row("doc", doc,
                    "actor_key", f.actor().key(), "instrument_key", f.instrument().key(), "action", f.action(), "date", f.date()));
            else if (fact instanceof FundingFact f) add(rows, FactType.FUNDING, row("doc", doc, "funder_key", key(f.funder()),
                    "instrument_key", key(f.decision()), "decision_date", f.decisionDate(),
                    "amount", f.amount() == null ? "" : f.amount().toPlainString(), "currency", f.currency(),
                    "beneficiary_key", key(f.beneficiary()), "purpose_key", key(f.purpose())));
            else if (fact instanceof CbmActivityFact f) add(rows, FactType.CBM_ACTIVITIES, row("doc", doc,
                    "actor_key", f.actor().key(), "activity_type", f.activityType(),
                    "counterpart_keys", f.counterparts().stream().map(Entity::key).sorted().collect(Collectors.joining(" ")),
                    "framework_key", key(f.framework()), "date", f.date(), "place", f.place()));
            else if (fact instanceof RoleFact f) add(rows, FactType.ROLES, row("doc", doc, "actor_key", f.actor().key(),
                    "role", f.role(), "body_key", f.body().key()));
            else if (fact instanceof EventFact f) add(rows, FactType.EVENTS, row("doc", doc, "event_key", f.event().key(),
                    "start", f.start(), "end", f.end()));
            else if (fact instanceof CitationFact f) add(rows, FactType.CITATIONS, row("doc", doc, "cited_symbol", f.symbol()));
        }
        return rows;
    }

    /**
     * Roles whose body is an event, with that body read as the event's start date
     * ({@code event@2021-10}) instead of its key. Event keys are minted from the words of the
     * text ({@code ZARAGOZA_DOUBLE_EVENT_2021}) while a person writing a fixture names the event
     * as they know it ({@code ZARAGOZA_VD99_DOUBLE_EVENT_2021}); events themselves are compared
     * by document and start date (see {@link FactType#EVENTS}), so a role in an event is compared
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

    private static String key(Entity e) {
        return e == null ? "" : e.key();
    }

    private static void add(Map<FactType, List<Map<String, String>>> rows, FactType type, Map<String, String> row) {
        rows.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) row.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        return row;
    }
}
