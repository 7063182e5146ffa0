package org.w3id.dkg.loader.extracting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;
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
 * words of {@code event-vocabulary.tsv}. An undated or generically keyed mention of an event named
 * better elsewhere in the document is dropped.
 */
public final class EventExtractor extends PatternExtractor<EventFact> {
    private static final List<String[]> VOCABULARY = new ArrayList<>();
    private static final Map<String, Integer> ORDINALS = new LinkedHashMap<>();
    private static final Map<String, Integer> ROUND_ORDINALS = Map.of("dix", 10, "onz", 11, "douz", 12, "vingt", 20,
            "trent", 30, "quarant", 40, "cinquant", 50, "soixant", 60);
    private static final Pattern ROUND_ORDINAL = Pattern.compile(
            "(?<![\\p{L}-])(" + String.join("|", ROUND_ORDINALS.keySet()) + ")ième");

    static {
        for (TsvTable.Row row : TsvTable.read("/dkg/extracting/event-vocabulary.tsv").rows()) {
            VOCABULARY.add(new String[] {row.require("part"), row.require("pattern"), row.require("key")});
        }
        String[] units = {"", "premi", "deuxi", "troisi", "quatri", "cinqui", "sixi", "septi", "huiti", "neuvi"};
        for (int i = 1; i < units.length; i++) ORDINALS.put(units[i], i);
    }

    private final Map<DocumentAnalysis, List<EventFact>> cache = Collections.synchronizedMap(new IdentityHashMap<>());

    public EventExtractor() {
        super("/dkg/extracting/events.tsv");
    }

    /** The events of a document, computed once per analysis (roles refer to them). */
    public List<EventFact> eventsOf(DocumentAnalysis doc) {
        synchronized (cache) {
            if (cache.size() > 8) cache.clear();
            return cache.computeIfAbsent(doc, this::withoutUndatedDuplicates);
        }
    }

    /** An event named once with its date and elsewhere without is one event: the dated fact stays. */
    private List<EventFact> withoutUndatedDuplicates(DocumentAnalysis doc) {
        List<EventFact> all = super.extract(doc);
        return all.stream().filter(e -> !e.start().isEmpty() || all.stream()
                .noneMatch(o -> !o.start().isEmpty() && o.event().key().equals(e.event().key())))
                // a generic key ("KYIV_EVENT_2017") for a meeting named better with the same dates
                .filter(e -> !e.event().key().contains("_EVENT_") || all.stream().noneMatch(o -> !o.start().isEmpty()
                        && o.start().equals(e.start()) && !o.event().key().contains("_EVENT_")))
                .toList();
    }

    @Override
    public List<EventFact> extract(DocumentAnalysis doc) {
        return eventsOf(doc);
    }

    @Override
    protected List<EventFact> build(PatternMatch match) {
        String label = match.text("label").map(EventExtractor::clean).orElse("");
        Optional<DateMention> date = match.date("date").or(() -> match.date("date2"));
        String place = match.text("place").or(() -> match.text("place2")).orElse("").strip();
        if (label.isEmpty() && place.isEmpty()) return List.of();
        List<Token> labelTokens = new ArrayList<>(match.tokens("series"));
        labelTokens.addAll(match.tokens("label"));
        String start = date.map(DateMention::begin).or(() -> match.text("year")).orElse("");
        String end = date.map(d -> d.last() == null ? "" : d.last()).or(() -> match.text("year")).orElse("");
        if (start.isEmpty() && "yes".equals(match.rule().get("dated"))) return List.of();
        String key = mintKey(label, labelTokens, place, start);
        if (key.isEmpty()) return List.of();
        Entity event = new Entity(EntityKind.EVENT, key, label.isEmpty() ? place : label, "", "", "", List.of(), Map.of());
        List<Entity> organisers = actors(match.tokens("organisers"));
        List<Entity> participants = actors(match.tokens("participants"));
        return List.of(new EventFact(event, start, end, place, organisers, participants, match.evidence()));
    }

    /** State and organisation tokens of a group, a qualifier right after another organisation left out. */
    static List<Entity> actors(List<Token> tokens) {
        List<Entity> out = new ArrayList<>();
        Token previous = null;
        for (Token t : tokens) {
            Entity e = t.entity();
            boolean qualifier = previous != null && previous.type() == 'O' && t.type() == 'O' && t.start() - previous.end() <= 1;
            previous = t;
            if (e == null || qualifier) continue;
            if (e.kind() != EntityKind.STATE && e.kind() != EntityKind.ORGANISATION && e.kind() != EntityKind.GROUP) continue;
            if (out.stream().noneMatch(o -> o.key().equals(e.key()))) out.add(e);
        }
        return out;
    }

    private static String clean(String label) {
        String s = label.strip().replaceAll("\\s+", " ");
        s = s.replaceFirst("^(?i)(?:l['’]|la |le |les |une |un |des |du |de la |de l['’])", "");
        return s.strip();
    }

    /** A key for an event: series and ordinal when it has them, else place/organisation, topic, kind, year. */
    static String mintKey(String label, List<Token> tokens, String place, String start) {
        String kind = vocabulary("kind", label);
        Integer ordinal = ordinal(label);
        String year = start.length() >= 4 ? start.substring(0, 4) : "";
        Entity instrument = first(tokens, EntityKind.INSTRUMENT);
        Entity org = first(tokens, EntityKind.ORGANISATION);
        if (ordinal != null && kind.equals("BMS")) return "BMS" + ordinal + "_POA_SALW";
        if (ordinal != null && (kind.equals("REVCON") || kind.equals("CSP")) && instrument != null) {
            return instrument.key() + "_" + kind + ordinal;
        }
        if (ordinal != null && kind.equals("SESSION") && org != null) return org.key() + "_SESSION_" + ordinal;
        List<String> parts = new ArrayList<>();
        if (instrument == null && org != null) parts.add(org.key());
        else if (!place.isEmpty()) parts.add(placeKey(place));
        else if (org != null) parts.add(org.key());
        String topic = instrument != null ? instrument.key().replaceFirst("^UNSCR_", "") : vocabulary("topic", label);
        if (!topic.isEmpty() && !parts.contains(topic)) parts.add(topic);
        parts.add(kind.isEmpty() ? "EVENT" : kind);
        if (ordinal != null) parts.add(String.valueOf(ordinal));
        if (!year.isEmpty()) parts.add(year);
        if (parts.size() < 2) return "";
        return String.join("_", parts);
    }

    private static Entity first(List<Token> tokens, EntityKind kind) {
        return tokens.stream().map(Token::entity).filter(e -> e != null && e.kind() == kind).findFirst().orElse(null);
    }

    private static Integer ordinal(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = Pattern.compile("\\b(premi|deuxi|troisi|quatri|cinqui|sixi|septi|huiti|neuvi)[eè]mes?\\b|\\b(premier|première)\\b").matcher(l);
        if (!m.find()) {
            // a round ordinal without a unit ("trentième réunion ministérielle", "dixième session")
            java.util.regex.Matcher round = ROUND_ORDINAL.matcher(l);
            return round.find() ? ROUND_ORDINALS.get(round.group(1)) : null;
        }
        if (m.group(2) != null) return 1;
        int unit = ORDINALS.get(m.group(1));
        // compound ordinals of sessions ("soixante-dix-septième")
        java.util.regex.Matcher c = Pattern.compile("(soixante-dix|quatre-vingt-dix|soixante|cinquante|quarante|trente|vingt|quatre-vingt)(?:-et-un|-)?\\p{L}*ième").matcher(l);
        if (c.find()) {
            Map<String, Integer> tens = Map.of("vingt", 20, "trente", 30, "quarante", 40, "cinquante", 50, "soixante", 60,
                    "soixante-dix", 70, "quatre-vingt", 80, "quatre-vingt-dix", 90);
            String word = c.group();
            int base = tens.get(c.group(1));
            String rest = word.substring(c.group(1).length()).replaceFirst("^-(et-)?", "");
            int add = 0;
            for (Map.Entry<String, Integer> o : ORDINALS.entrySet()) if (rest.startsWith(o.getKey())) add = o.getValue();
            if (rest.startsWith("dix")) add = 10 + (rest.startsWith("dix-") ? ORDINALS.entrySet().stream()
                    .filter(o -> rest.substring(4).startsWith(o.getKey())).map(Map.Entry::getValue).findFirst().orElse(0) : 0);
            if (rest.startsWith("onzi")) add = 11;
            if (rest.startsWith("unième") || rest.startsWith("un")) add = Math.max(add, 1);
            return base + add;
        }
        return unit;
    }

    private static String vocabulary(String part, String text) {
        for (String[] v : VOCABULARY) {
            if (v[0].equals(part) && Pattern.compile(v[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find()) {
                return v[2];
            }
        }
        return "";
    }

    private static String placeKey(String place) {
        String known = vocabulary("place", place.strip());
        if (!known.isEmpty()) return known;
        String ascii = Normalizer.normalize(place, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
