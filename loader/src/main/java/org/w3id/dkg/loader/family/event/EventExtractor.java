package org.w3id.dkg.loader.family.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.extracting.ActorTokens;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.FactsSoFar;
import org.w3id.dkg.loader.extracting.PatternExtractor;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.recognising.DateMention;

/**
 * Meetings, conferences, workshops, sessions and summits a document reports, by the rules of
 * {@code events.tsv}. Groups: {@code label} (the words naming the event), {@code date}
 * ({@code date2}), {@code place} ({@code place2}), {@code organisers}, {@code participants}.
 * Each event becomes an entity of kind EVENT whose key is minted from its name: an ordinal
 * meeting of a series ({@code BMS7_POA_SALW}, {@code UNGA_SESSION_77}, {@code APMBC_REVCON4}),
 * else place or organisation, topic, kind and year ({@code KYIV_1540_WORKSHOP_2017}), with the
 * words of {@code event-vocabulary.<lang>.tsv} (see {@link EventKeys}). An undated or generically keyed mention of an event named
 * better elsewhere in the document is dropped.
 */
public final class EventExtractor extends PatternExtractor<EventFact> {
    private final EventKeys keys;
    private final Pattern labelArticle;

    public EventExtractor(LanguagePack language) {
        super(language, language.rules(EventFamily.class, "events"));
        this.keys = new EventKeys(language);
        this.labelArticle = language.lexicon().pattern("events.label-article");
    }

    /** An event named once with its date and elsewhere without is one event: the dated fact stays. */
    @Override
    public List<EventFact> extract(DocumentAnalysis doc, FactsSoFar before) {
        List<EventFact> all = super.extract(doc, before);
        return all.stream().filter(e -> !e.start().isEmpty() || all.stream()
                .noneMatch(o -> !o.start().isEmpty() && o.event().key().equals(e.event().key())))
                // a generic key ("KYIV_EVENT_2017") for a meeting named better with the same dates
                .filter(e -> !e.event().key().contains("_EVENT_") || all.stream().noneMatch(o -> !o.start().isEmpty()
                        && o.start().equals(e.start()) && !o.event().key().contains("_EVENT_")))
                .toList();
    }

    @Override
    protected List<EventFact> build(PatternMatch match) {
        String label = match.text("label").map(this::clean).orElse("");
        Optional<DateMention> date = match.date("date").or(() -> match.date("date2"));
        String place = match.text("place").or(() -> match.text("place2")).orElse("").strip();
        if (label.isEmpty() && place.isEmpty()) return List.of();
        List<Token> labelTokens = new ArrayList<>(match.tokens("series"));
        labelTokens.addAll(match.tokens("label"));
        String start = date.map(DateMention::begin).or(() -> match.text("year")).orElse("");
        String end = date.map(d -> d.last() == null ? "" : d.last()).or(() -> match.text("year")).orElse("");
        if (start.isEmpty() && "yes".equals(match.rule().get("dated"))) return List.of();
        String key = keys.mint(label, labelTokens, place, start);
        if (key.isEmpty()) return List.of();
        Entity event = new Entity(EntityKind.EVENT, key, label.isEmpty() ? place : label, "", "", "", List.of(), Map.of());
        List<Entity> organisers = ActorTokens.actors(match.tokens("organisers"));
        List<Entity> participants = ActorTokens.actors(match.tokens("participants"));
        return List.of(new EventFact(event, start, end, place, organisers, participants, match.evidence()));
    }

    /** The label without its article ("la réunion" → "réunion"). */
    private String clean(String label) {
        String s = label.strip().replaceAll("\\s+", " ");
        s = labelArticle.matcher(s).replaceFirst("");
        return s.strip();
    }
}
