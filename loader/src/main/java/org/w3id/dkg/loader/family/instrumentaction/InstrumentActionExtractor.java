package org.w3id.dkg.loader.family.instrumentaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.dkg.loader.extracting.FactPattern;
import org.w3id.dkg.loader.extracting.FactPatterns;
import org.w3id.dkg.loader.extracting.PatternExtractor;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.EntityRegistry;

/**
 * Signatures, ratifications, accessions, party status, depositaries, implementation,
 * adoption, national reports and promotion of instruments, by the rules of
 * {@code instrument-actions.tsv}. A rule names the action in its {@code action} column;
 * its groups are:
 * <ul>
 * <li>{@code actor}: one or a list of States, organisations or groups;</li>
 * <li>{@code members}: an organisation whose member States act as a group ("Les États membres de
 *     l'Union européenne sont parties ...") — the actor is the group {@code <ORG>_MEMBER_STATES},
 *     never expanded;</li>
 * <li>{@code instrument}: one or a list (the nearest instrument named before the match when absent; with a
 *     {@code context} column of n, also in the n sentences before);
 *     an instrument named after "additionnel" qualifies the protocol before it and is skipped;</li>
 * <li>{@code date}, {@code date2}: the more precise of the two is kept; without either, the date that opens
 *     the sentence ("En 2022, le Kenya a soumis ..."), unless the rule's {@code opening_date} column says no.</li>
 * </ul>
 * Without an actor, the rule's {@code fallback} column decides: {@code respondent} (default: the
 * State or organisation whose reply the sentence is in), {@code body} (only the body an instrument's
 * key implies: a General Assembly resolution is adopted by the Assembly, a Security Council
 * resolution by the Council, an EU Council decision by the Council of the EU, a national law by its
 * State named in the document) or {@code none}. One fact per actor and instrument.
 */
public final class InstrumentActionExtractor extends PatternExtractor<InstrumentActionFact> {
    private static final String ASSEMBLY_RESOLUTION = "UNGA_RES_";

    private final EntityRegistry registry;
    private final List<String> qualifiersBefore;
    private final String bodyResolutionLabel;

    public InstrumentActionExtractor(LanguagePack language, EntityRegistry registry) {
        super(rules(language));
        this.registry = registry;
        this.qualifiersBefore = language.lexicon().words("instruments.qualifier-before");
        this.bodyResolutionLabel = language.lexicon().get("instruments.body-resolution");
    }

    /** The family's rule file and the rules its grammar makes from the predicates of the language. */
    private static List<FactPattern> rules(LanguagePack language) {
        List<FactPattern> rules = new ArrayList<>(FactPatterns.load(language,
                language.rules(InstrumentActionFamily.class, "instrument-actions")));
        rules.addAll(FactPatterns.grammar(language, language.rules(InstrumentActionFamily.class, "instrument-grammar"),
                language.rules(InstrumentActionFamily.class, "predicates")));
        return rules;
    }

    @Override
    protected List<InstrumentActionFact> build(PatternMatch match) {
        List<Entity> instruments = instruments(match);
        if (instruments.isEmpty()) instruments = match.precedingInstrument().map(List::of).orElse(List.of());
        String context = match.rule().get("context");
        if (instruments.isEmpty() && !context.isEmpty()) {
            instruments = match.instrumentNamedBefore(Integer.parseInt(context)).map(List::of).orElse(List.of());
        }
        String action = match.rule().get("action");
        String date = precise(match.date("date").map(d -> d.begin()).orElse(""),
                match.date("date2").map(d -> d.begin()).orElse(""));
        if (date.isEmpty() && !"no".equals(match.rule().get("opening_date"))) date = match.openingDate().map(d -> d.begin()).orElse("");
        List<Entity> actors = new ArrayList<>();
        for (Entity e : match.entities("members")) {
            if (e.kind() == EntityKind.ORGANISATION) actors.add(registry.memberStates(e));
        }
        for (Entity e : match.entities("actor")) {
            if (e.kind() != EntityKind.INSTRUMENT) actors.add(e);
        }
        String fallback = match.rule().get("fallback").isEmpty() ? "respondent" : match.rule().get("fallback");
        List<InstrumentActionFact> facts = new ArrayList<>();
        for (Entity named : instruments) {
            Entity instrument = named;
            List<Entity> by = actors;
            Optional<Entity> implied = impliedBody(match, instrument);
            if (by.isEmpty()) {
                if (implied.isPresent()) by = List.of(implied.get());
                else if (fallback.equals("respondent")) by = match.respondent().map(List::of).orElse(List.of());
            } else if (implied.isPresent() && implied.get().kind() == EntityKind.ORGANISATION) {
                List<Entity> kept = adopters(by, implied.get());
                if (kept.isEmpty() && by.size() == 1 && by.get(0).kind() == EntityKind.ORGANISATION
                        && instrument.key().startsWith(ASSEMBLY_RESOLUTION)) {
                    instrument = resolutionOf(by.get(0), instrument);
                    kept = by;
                }
                by = kept;
            }
            for (Entity actor : by) facts.add(new InstrumentActionFact(actor, instrument, action, date, match.evidence()));
        }
        return facts;
    }

    /** The instruments of the {@code instrument} group, without those that only qualify another. */
    private List<Entity> instruments(PatternMatch match) {
        List<Entity> found = new ArrayList<>();
        String text = match.document().text().text();
        for (Token t : match.tokens("instrument")) {
            if (t.entity() == null || t.entity().kind() != EntityKind.INSTRUMENT) continue;
            String before = text.substring(Math.max(0, t.start() - 20), t.start()).strip();
            if (qualifiersBefore.stream().anyMatch(before::endsWith)) continue;
            found.add(t.entity());
        }
        return found;
    }

    /**
     * The named adopters of an instrument whose key implies its body: the body itself, also where the
     * text names its parent ("l'Union européenne a adopté la décision (PESC) ..."); another body means
     * the instrument was misread (a Commission resolution taken for a General Assembly one): see {@link #resolutionOf}.
     */
    private static List<Entity> adopters(List<Entity> named, Entity body) {
        List<Entity> kept = new ArrayList<>();
        for (Entity e : named) {
            if (e.key().equals(body.key())) kept.add(e);
            else if (e.key().equals("UN") || e.key().equals("EU") || e.key().equals(body.parentKey())) kept.add(body);
        }
        return kept;
    }

    /**
     * A resolution numbered like the General Assembly's (session/number) but adopted by another body that
     * numbers its own the same way: "la Commission des stupéfiants a adopté ... la résolution 65/4" is the
     * Commission's resolution 65/4 ({@code CND_RES_65_4}), not the Assembly's.
     */
    private Entity resolutionOf(Entity body, Entity read) {
        String number = read.key().substring(ASSEMBLY_RESOLUTION.length()).replace('_', '/');
        return new Entity(EntityKind.INSTRUMENT, body.key() + "_RES_" + read.key().substring(ASSEMBLY_RESOLUTION.length()),
                bodyResolutionLabel.replace("{number}", number).replace("{body}", body.labelFr()), body.labelEn() + " resolution " + number,
                "resolution", body.key(), List.of(), java.util.Map.of("source", "pattern"));
    }

    /** The more precise of two ISO dates (the longer one), the first when equally precise. */
    private static String precise(String a, String b) {
        return b.length() > a.length() ? b : a;
    }

    /** The body whose act an instrument is, by the instrument's key, as the document names it when it does. */
    private Optional<Entity> impliedBody(PatternMatch match, Entity instrument) {
        String key = instrument.key();
        if (!"adopted".equals(match.rule().get("action"))) return Optional.empty();
        Optional<Entity> adopter = registry.adopterOf(key);
        if (adopter.isPresent()) return Optional.of(asNamed(match, adopter.get()));
        if (key.matches("[A-Z]{3}_.+")) {
            String iso3 = key.substring(0, 3);
            return match.document().mentions().stream().map(m -> m.entity())
                    .filter(e -> e.kind() == EntityKind.STATE && e.key().equals(iso3)).findFirst();
        }
        return Optional.empty();
    }

    /** The body as the document names it, when it does; the registry's entry otherwise. */
    private static Entity asNamed(PatternMatch match, Entity body) {
        return match.document().mentions().stream().map(m -> m.entity())
                .filter(e -> e.kind() == body.kind() && e.key().equals(body.key())).findFirst().orElse(body);
    }
}
