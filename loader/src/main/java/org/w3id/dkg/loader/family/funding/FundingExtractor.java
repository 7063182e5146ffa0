package org.w3id.dkg.loader.family.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.extracting.AnnotatedSentence;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.FactPatterns;
import org.w3id.dkg.loader.extracting.FactsSoFar;
import org.w3id.dkg.loader.extracting.PatternExtractor;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.extracting.TokenKind;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.recognising.DateMention;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.segmenting.Paragraph;

/**
 * Funding decisions and financial contributions, by the rules of {@code funding.tsv}.
 *
 * <p>A {@code decision} rule finds an EU Council decision (with its date, written after it or
 * as "En 2021, le Conseil a adopté"); the {@code slot} rules then read its beneficiary, purpose,
 * amount, period and funder inside the decision's clause — the sentence, or the brackets that
 * hold the decision. The funder of a Council decision is the EU. {@code contribution} rules read
 * contributions stated without a decision ("Grâce aux contributions financières de l'Allemagne,
 * le Bureau ..."); parts the sentence leaves out come from the reply (its respondent), from the
 * fund the text is about (donor lists, also in footnotes), or from the decision named just before
 * ("Cette décision prévoit ... 2,7 millions d'euros"). Facts about the same decision are merged
 * at the end, so one decision stated over several sentences gives one fact.
 *
 * <p>Statements about a group ("les États membres de la Ligue des États arabes") stay about the
 * group: its key is that of the organisation with {@code _MEMBER_STATES}.
 */
public final class FundingExtractor extends PatternExtractor<FundingFact> {
    private final Pattern fundWords;
    private final FundingSlots slots;
    private final EntityRegistry registry;

    public FundingExtractor(LanguagePack language, EntityRegistry registry) {
        this(language, language.rules(FundingFamily.class, "funding"), registry);
    }

    private FundingExtractor(LanguagePack language, String rules, EntityRegistry registry) {
        super(language, rules);
        this.registry = registry;
        this.fundWords = language.lexicon().pattern("funding.fund-words");
        Map<String, Integer> numbers = new HashMap<>();
        for (TsvTable.Row row : language.table("numbers.tsv").rows()) {
            numbers.put(row.require("word"), Integer.valueOf(row.require("value")));
        }
        this.slots = new FundingSlots(FactPatterns.load(language, rules).stream()
                .filter(r -> !r.get("kind").equals("decision") && !r.get("kind").equals("contribution")).toList(),
                numbers, this::isDecision, this::members);
    }

    @Override
    protected List<FundingFact> build(PatternMatch match) {
        return switch (match.rule().get("kind")) {
            case "decision" -> decision(match);
            case "contribution" -> contribution(match);
            default -> List.of();
        };
    }

    private List<FundingFact> decision(PatternMatch match) {
        Optional<Token> token = match.tokens("decision").stream().filter(this::isDecision).findFirst();
        if (token.isEmpty()) return List.of();
        AnnotatedSentence s = match.sentence();
        Entity decision = token.get().entity();
        int[] scope = DecisionClause.scope(s, token.get(), this::isDecision);
        FundingSlots.Found found = slots.read(s, scope[0], scope[1]);
        String date = match.date("ddate").or(() -> match.date("adate")).map(DateMention::begin).orElse("");
        List<Entity> funders = funders(match.document(), match.entities("funder"));
        if (funders.isEmpty()) funders = funders(match.document(), found.funders);
        if (funders.isEmpty()) funders = funderOf(match.document(), decision);
        return facts(match, funders, decision, date, found.beneficiaries, found, DecisionClause.evidence(match, scope[1]));
    }

    private List<FundingFact> contribution(PatternMatch match) {
        AnnotatedSentence s = match.sentence();
        boolean previous = match.rule().get("decision").equals("previous");
        if (!previous && s.tokens().stream().anyMatch(this::isDecision)) return List.of();
        DocumentAnalysis doc = match.document();
        Entity decision = previous ? previousDecision(doc, s.sentence().start()).orElse(null) : null;
        List<Entity> funders = funders(doc, match.entities("funder"));
        if (funders.isEmpty()) funders = switch (match.rule().get("funder")) {
            case "respondent" -> match.respondent().map(List::of).orElse(List.of());
            case "fund" -> fund(doc, contextPoint(doc, s.sentence().start())).map(List::of).orElse(List.of());
            default -> decision != null ? funderOf(doc, decision) : match.respondent().map(List::of).orElse(List.of());
        };
        List<Entity> beneficiaries = new ArrayList<>(match.entities("beneficiary"));
        if (beneficiaries.isEmpty() && match.rule().get("beneficiary").equals("fund")) {
            fund(doc, contextPoint(doc, s.sentence().start())).ifPresent(beneficiaries::add);
        }
        FundingSlots.Found found = slots.read(s, 0, s.template().length());
        if (match.amount("amount").isPresent()) found.amount = match.amount("amount").get();
        if (found.purpose == null) found.purpose = match.entity("purpose").orElse(null);
        String date = match.date("date").map(DateMention::begin).orElse("");
        return facts(match, funders, decision, date, beneficiaries, found, match.evidence());
    }

    private List<FundingFact> facts(PatternMatch match, List<Entity> funders, Entity decision, String date,
                                    List<Entity> beneficiaries, FundingSlots.Found found, Evidence evidence) {
        List<FundingFact> facts = new ArrayList<>();
        BigDecimal amount = found.amount == null ? null : found.amount.value();
        String currency = found.amount == null ? "" : found.amount.currency();
        String since = found.period == null ? "" : found.period.begin();
        String until = found.period == null ? "" : found.period.last();
        for (Entity funder : funders) {
            if (funder.kind() == EntityKind.INSTRUMENT) continue;
            List<Entity> targets = beneficiaries.stream().filter(b -> !b.key().equals(funder.key())
                    && b.kind() != EntityKind.INSTRUMENT).distinct().toList();
            if (targets.isEmpty()) targets = java.util.Collections.singletonList(null);
            for (Entity beneficiary : targets) {
                facts.add(new FundingFact(funder, decision, date, amount, currency, beneficiary, found.purpose,
                        since, until, found.duration, evidence));
            }
        }
        return facts;
    }

    /** Whether a token is an act that funds (an EU Council decision): one whose funder the registry names. */
    private boolean isDecision(Token t) {
        return t.is(TokenKind.INSTRUMENT) && t.entity() != null && registry.funderOf(t.entity().key()).isPresent();
    }

    /** Funders as the text names them; a body of an organisation that funds by its acts (the EU's Council) funds as it. */
    private List<Entity> funders(DocumentAnalysis doc, List<Entity> named) {
        return named.stream().filter(e -> e.kind() != EntityKind.INSTRUMENT).map(e -> e.kind() != EntityKind.ORGANISATION ? e
                : registry.find(EntityKind.ORGANISATION, e.parentKey()).filter(registry::fundsByActs)
                        .map(parent -> asNamed(doc, parent)).orElse(e)).toList();
    }

    /** Who funds by {@code decision}: the organisation the registry names for such acts (the EU for its Council's decisions). */
    private List<Entity> funderOf(DocumentAnalysis doc, Entity decision) {
        return registry.funderOf(decision.key()).map(f -> List.of(asNamed(doc, f))).orElse(List.of());
    }

    /** An entity as the document names it, when it does. */
    private static Entity asNamed(DocumentAnalysis doc, Entity e) {
        return doc.mentions().stream().map(EntityMention::entity).filter(m -> m.kind() == e.kind() && m.key().equals(e.key()))
                .findFirst().orElse(e);
    }

    private Entity members(Entity org) {
        return org.kind() != EntityKind.ORGANISATION ? org : registry.memberStates(org);
    }

    /** The last EU Council decision named before {@code offset} in the same paragraph. */
    private Optional<Entity> previousDecision(DocumentAnalysis doc, int offset) {
        Optional<Paragraph> p = doc.segments().paragraphAt(offset);
        int from = p.map(Paragraph::start).orElse(0);
        Entity last = null;
        for (EntityMention m : doc.mentions()) {
            if (m.start() >= offset) break;
            if (m.start() >= from && registry.funderOf(m.entity().key()).isPresent()) last = m.entity();
        }
        return Optional.ofNullable(last);
    }

    /** Where the text a sentence belongs to stands: for a footnote, its call in the text above. */
    private static int contextPoint(DocumentAnalysis doc, int offset) {
        Optional<Paragraph> p = doc.segments().paragraphAt(offset);
        if (p.isEmpty() || p.get().kind() != Paragraph.Kind.FOOTNOTE || p.get().number().isEmpty()) return offset;
        String number = p.get().number().replaceAll("\\D", "");
        if (number.isEmpty()) return offset;
        Matcher call = Pattern.compile("\\p{L}{2,}(" + number + ")(?!\\d)").matcher(doc.text().text());
        call.region(0, p.get().start());
        int found = offset;
        while (call.find()) found = call.start(1);
        return found;
    }

    /** The nearest organisation before {@code offset} named as a fund or a financing mechanism. */
    private Optional<Entity> fund(DocumentAnalysis doc, int offset) {
        String text = doc.text().text();
        Entity last = null;
        for (EntityMention m : doc.mentions()) {
            if (m.start() >= offset) break;
            if (m.entity().kind() != EntityKind.ORGANISATION) continue;
            String around = text.substring(Math.max(0, m.start() - 25), m.end());
            if (fundWords.matcher(around).find()) last = m.entity();
        }
        return Optional.ofNullable(last);
    }

    @Override
    public List<FundingFact> extract(DocumentAnalysis doc, FactsSoFar before) {
        return FundingMerge.byDecision(super.extract(doc, before));
    }
}
