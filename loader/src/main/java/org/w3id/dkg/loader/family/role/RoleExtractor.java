package org.w3id.dkg.loader.family.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.extracting.ActorTokens;
import org.w3id.dkg.loader.extracting.AnnotatedSentence;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.FactsSoFar;
import org.w3id.dkg.loader.extracting.PatternExtractor;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.extracting.TokenKind;
import org.w3id.dkg.loader.family.event.EventFact;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.segmenting.Paragraph;
import org.w3id.dkg.loader.segmenting.Sentence;

/**
 * Roles of actors in bodies, instruments and events (chair, member, organiser, host,
 * depositary, participant), by the rules of {@code roles.tsv} (see its header for the groups),
 * plus the members of a body listed in a footnote: a footnote that is nothing but a list of
 * organisations, called from a sentence about a body ("24 entités des Nations Unies¹" after
 * "Le Mécanisme de coordination ..."), makes each listed organisation a member of that body.
 * Roles in events use the keys the event family minted (the events found before roles), so both agree. The chair of a
 * body is not made a member of it as well (a sentence listing those who did the work of a
 * working group, its chair among them, names one role for each).
 */
public final class RoleExtractor extends PatternExtractor<RoleFact> {
    private static final String ORG = TokenKind.ORGANISATION.markPattern();
    private static final Pattern FOOTNOTE_LIST = Pattern.compile("^(\\d{1,2}) " + ORG + "(?:\\s*,\\s*" + ORG + "){2,}\\s*,?\\s*(?:et\\s+)?" + ORG + "\\s*\\.?$");
    private final Pattern eventKind;
    private final Pattern anaphorDeterminer;

    public RoleExtractor(LanguagePack language) {
        super(language, language.rules(RoleFamily.class, "roles"));
        this.eventKind = language.lexicon().pattern("roles.event-kind");
        this.anaphorDeterminer = language.lexicon().pattern("roles.anaphor-determiner");
    }

    /** Roles in events refer to the events found before them in the document ({@code before}). */
    @Override
    public List<RoleFact> extract(DocumentAnalysis doc, FactsSoFar before) {
        Map<String, RoleFact> facts = new LinkedHashMap<>();
        for (RoleFact f : super.extract(doc, before)) facts.putIfAbsent(f.identity(), f);
        for (RoleFact f : footnoteMembers(doc)) facts.putIfAbsent(f.identity(), f);
        // the chair of a body is said to chair it, not also to be a member
        facts.values().removeIf(f -> f.role().equals("member")
                && facts.containsKey("role|" + f.actor().key() + "|chair|" + f.body().key()));
        return new ArrayList<>(facts.values());
    }

    @Override
    protected List<RoleFact> build(PatternMatch match) {
        List<Entity> actors = new ArrayList<>(ActorTokens.actors(match.tokens("actor")));
        actors.addAll(ActorTokens.actors(match.tokens("actor2")));
        actors.addAll(ActorTokens.actors(match.tokens("actor3")));
        if (actors.isEmpty() && match.tokens("actor").isEmpty()) match.respondent().ifPresent(actors::add);
        Optional<Entity> body = switch (match.rule().get("body")) {
            case "event" -> event(match);
            case "anaphor" -> anaphor(match);
            case "named" -> named(match);
            default -> match.entity("body");
        };
        if (body.isEmpty()) return List.of();
        var date = match.date("date").or(() -> match.date("date0"));
        String since = date.map(d -> d.begin()).orElse("");
        String until = date.map(d -> d.last() == null ? "" : d.last()).orElse("");
        List<RoleFact> facts = new ArrayList<>();
        for (Entity actor : actors) {
            if (actor.key().equals(body.get().key()) || actor.kind() == EntityKind.INSTRUMENT) continue;
            facts.add(new RoleFact(actor, match.rule().get("role"), body.get(), since, until, match.evidence()));
        }
        return facts;
    }

    /**
     * The event reported in the same sentence, else one held on a date the sentence names, else the first dated event of
     * the same kind, else, when the sentence speaks of an event and the document reports one dated event only, that one.
     */
    private Optional<Entity> event(PatternMatch match) {
        Sentence s = match.sentence().sentence();
        List<EventFact> all = match.factsSoFar().of(EventFact.class);
        for (EventFact e : all) {
            if (e.evidence().start() < s.end() && e.evidence().end() > s.start()) {
                if (!e.event().key().contains("_EVENT")) return Optional.of(e.event());
                // a generic key ("KYIV_EVENT_2017"): the same event named better elsewhere in the document
                return Optional.of(all.stream().filter(o -> !o.start().isEmpty() && o.start().equals(e.start())
                        && !o.event().key().contains("_EVENT")).map(EventFact::event).findFirst().orElse(e.event()));
            }
        }
        for (Token t : match.sentence().tokens()) {
            if (t.date() == null) continue;
            for (EventFact e : all) if (e.start().equals(t.date().begin())) return Optional.of(e.event());
        }
        Matcher kind = eventKind.matcher(match.document().text().slice(s.start(), s.end()));
        if (!kind.find()) return Optional.empty();
        String word = kind.group(1).toLowerCase(Locale.ROOT);
        Optional<Entity> named = all.stream().filter(e -> !e.start().isEmpty() && e.event().labelFr().toLowerCase(Locale.ROOT).contains(word))
                .map(EventFact::event).findFirst();
        if (named.isPresent()) return named;
        // a news item about one event names it in other words elsewhere ("son programme de bourses" for "une formation")
        List<Entity> dated = all.stream().filter(e -> !e.start().isEmpty()).map(EventFact::event).distinct().toList();
        return dated.size() == 1 ? Optional.of(dated.get(0)) : Optional.empty();
    }

    /**
     * A body named in the sentence (group {@code body}), else the one a capitalised noun refers back to (group
     * {@code anaphor}: "la présidence de la Conférence"), else the body the document is about: a meeting summary
     * says "sous la présidence de X" of the body it reports on.
     */
    private Optional<Entity> named(PatternMatch match) {
        Optional<Entity> body = match.entity("body").filter(e -> e.kind() == EntityKind.ORGANISATION);
        if (body.isPresent()) return body;
        if (match.text("anaphor").isPresent()) return anaphor(match);
        return subjectBody(match.document());
    }

    /** The organisation a document names most often (the first of those named as often), the United Nations as a whole left out. */
    private static Optional<Entity> subjectBody(DocumentAnalysis doc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (EntityMention m : doc.mentions()) {
            Entity e = m.entity();
            if (e.kind() != EntityKind.ORGANISATION || e.key().equals("UN")) continue;
            counts.merge(e.key(), 1, Integer::sum);
            byKey.putIfAbsent(e.key(), e);
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(en -> -new ArrayList<>(counts.keySet()).indexOf(en.getKey())))
                .map(en -> byKey.get(en.getKey()));
    }

    /** "ledit groupe de travail": the nearest organisation named before whose French name holds the noun. */
    private Optional<Entity> anaphor(PatternMatch match) {
        String noun = anaphorDeterminer.matcher(match.text("anaphor").orElse("")).replaceFirst("")
                .toLowerCase(Locale.ROOT);
        int at = match.sentence().textStart(0);
        int before = match.evidence().start();
        EntityMention best = null;
        for (EntityMention m : match.document().mentions()) {
            if (m.start() >= before || at - m.start() > 2000) continue;
            if (m.entity().kind() == EntityKind.ORGANISATION && m.entity().labelFr().toLowerCase(Locale.ROOT).contains(noun)) best = m;
        }
        return Optional.ofNullable(best).map(EntityMention::entity);
    }

    /** Members listed in a footnote made only of organisation names. */
    private static List<RoleFact> footnoteMembers(DocumentAnalysis doc) {
        List<RoleFact> facts = new ArrayList<>();
        List<AnnotatedSentence> sentences = doc.annotatedSentences();
        for (AnnotatedSentence note : sentences) {
            boolean isFootnote = doc.segments().paragraphAt(note.sentence().start())
                    .map(p -> p.kind() == Paragraph.Kind.FOOTNOTE).orElse(false);
            if (!isFootnote) continue;
            Matcher list = FOOTNOTE_LIST.matcher(note.template().strip());
            if (!list.matches()) continue;
            Pattern call = Pattern.compile("(?<=[\\p{L}⟧])" + list.group(1) + "(?=[\\s,.;]|$)");
            for (int i = 0; i < sentences.size(); i++) {
                AnnotatedSentence s = sentences.get(i);
                if (s == note || !call.matcher(s.template()).find()) continue;
                int index = i;
                Optional<Entity> body = mainBody(s).or(() -> sentencesBefore(sentences, index).flatMap(RoleExtractor::mainBody));
                if (body.isEmpty()) break;
                for (Token t : note.tokens()) {
                    if (t.entity() == null || t.entity().key().equals(body.get().key())) continue;
                    Evidence ev = doc.evidence(note.sentence().start(), note.sentence().end(), "role.member.footnote-list", 0.75);
                    facts.add(new RoleFact(t.entity(), "member", body.get(), "", "", ev));
                }
                break;
            }
        }
        return facts;
    }

    private static Optional<AnnotatedSentence> sentencesBefore(List<AnnotatedSentence> sentences, int i) {
        return i > 0 ? Optional.of(sentences.get(i - 1)) : Optional.empty();
    }

    /** The first organisation a sentence names that is not the United Nations as a whole. */
    private static Optional<Entity> mainBody(AnnotatedSentence s) {
        return s.tokens().stream().map(Token::entity)
                .filter(e -> e != null && e.kind() == EntityKind.ORGANISATION && !e.key().equals("UN")).findFirst();
    }
}
