package org.w3id.dkg.loader.extracting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.recognising.AmountMention;
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
    private static final String RESOURCE = "/dkg/extracting/funding.tsv";
    private static final Pattern FUND_WORDS = Pattern.compile("(?i)\\b(?:fonds|financement|fund|facility|trust)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("un", 1), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10));

    private final List<FactPattern> slots;

    public FundingExtractor() {
        super(RESOURCE);
        this.slots = FactPatterns.load(RESOURCE).stream()
                .filter(r -> !r.get("kind").equals("decision") && !r.get("kind").equals("contribution")).toList();
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
        Optional<Token> token = match.tokens("decision").stream().filter(FundingExtractor::isDecision).findFirst();
        if (token.isEmpty()) return List.of();
        AnnotatedSentence s = match.sentence();
        Entity decision = token.get().entity();
        int[] scope = scope(s, token.get());
        Slots found = slots(s, scope[0], scope[1]);
        String date = match.date("ddate").or(() -> match.date("adate")).map(DateMention::begin).orElse("");
        List<Entity> funders = funders(match.document(), match.entities("funder"));
        if (funders.isEmpty()) funders = funders(match.document(), found.funders);
        if (funders.isEmpty()) funders = List.of(eu(match.document()));
        return facts(match, funders, decision, date, found.beneficiaries, found, clause(match, scope[1]));
    }

    /** Evidence for a decision: from the match to the end of its clause, at most {@value #MAX_QUOTE} characters, cut at a word. */
    private static Evidence clause(PatternMatch match, int scopeEnd) {
        Evidence e = match.evidence();
        AnnotatedSentence s = match.sentence();
        String text = match.document().text().text();
        int end = Math.max(e.end(), s.textEnd(Math.min(scopeEnd, s.template().length())));
        if (end - e.start() > MAX_QUOTE) {
            end = e.start() + MAX_QUOTE;
            while (end > e.end() && !Character.isWhitespace(text.charAt(end))) end--;
        }
        while (end > e.end() && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:(".indexOf(text.charAt(end - 1)) >= 0)) end--;
        return match.document().evidence(e.start(), end, e.rule(), e.confidence());
    }

    private static final int MAX_QUOTE = 200;

    private List<FundingFact> contribution(PatternMatch match) {
        AnnotatedSentence s = match.sentence();
        boolean previous = match.rule().get("decision").equals("previous");
        if (!previous && s.tokens().stream().anyMatch(FundingExtractor::isDecision)) return List.of();
        DocumentAnalysis doc = match.document();
        Entity decision = previous ? previousDecision(doc, s.sentence().start()).orElse(null) : null;
        List<Entity> funders = funders(doc, match.entities("funder"));
        if (funders.isEmpty()) funders = switch (match.rule().get("funder")) {
            case "respondent" -> match.respondent().map(List::of).orElse(List.of());
            case "fund" -> fund(doc, contextPoint(doc, s.sentence().start())).map(List::of).orElse(List.of());
            default -> decision != null ? List.of(eu(doc)) : match.respondent().map(List::of).orElse(List.of());
        };
        List<Entity> beneficiaries = new ArrayList<>(match.entities("beneficiary"));
        if (beneficiaries.isEmpty() && match.rule().get("beneficiary").equals("fund")) {
            fund(doc, contextPoint(doc, s.sentence().start())).ifPresent(beneficiaries::add);
        }
        Slots found = slots(s, 0, s.template().length());
        if (match.amount("amount").isPresent()) found.amount = match.amount("amount").get();
        if (found.purpose == null) found.purpose = match.entity("purpose").orElse(null);
        String date = match.date("date").map(DateMention::begin).orElse("");
        return facts(match, funders, decision, date, beneficiaries, found, match.evidence());
    }

    private List<FundingFact> facts(PatternMatch match, List<Entity> funders, Entity decision, String date,
                                    List<Entity> beneficiaries, Slots found, Evidence evidence) {
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

    /** What the slot rules find in {@code [from, to)} of the template: the first match of each part. */
    private Slots slots(AnnotatedSentence s, int from, int to) {
        Slots found = new Slots();
        int purposeAt = Integer.MAX_VALUE, beneficiaryAt = Integer.MAX_VALUE, funderAt = Integer.MAX_VALUE;
        for (FactPattern rule : slots) {
            Matcher m = rule.regex().matcher(s.template()).region(from, to);
            while (m.find()) {
                String kind = rule.get("kind");
                int at = m.start();
                List<Token> tokens = has(m, "members") ? s.tokensIn(m.start("members"), m.end("members"))
                        : has(m, "v") ? s.tokensIn(m.start("v"), m.end("v")) : List.of();
                switch (kind) {
                    case "beneficiary" -> {
                        if (at < beneficiaryAt) {
                            List<Entity> es = tokens.stream().filter(t -> t.entity() != null).map(Token::entity).toList();
                            if (has(m, "members")) es = es.stream().map(FundingExtractor::members).toList();
                            if (!es.isEmpty()) {
                                found.beneficiaries = es;
                                beneficiaryAt = at;
                            }
                        }
                    }
                    case "funder" -> {
                        if (at < funderAt && !tokens.isEmpty() && tokens.get(0).entity() != null) {
                            found.funders = List.of(tokens.get(0).entity());
                            funderAt = at;
                        }
                    }
                    case "amount" -> {
                        if (found.amount == null) tokens.stream().filter(t -> t.amount() != null).findFirst()
                                .ifPresent(t -> found.amount = t.amount());
                    }
                    case "period" -> {
                        if (found.period == null) tokens.stream().filter(t -> t.date() != null
                                && (t.date().isRange() || t.date().qualifier().equals("since")))
                                .findFirst().ifPresent(t -> found.period = t.date());
                    }
                    case "duration" -> {
                        if (found.duration.isEmpty()) {
                            String n = m.group("v").toLowerCase();
                            Integer years = n.matches("\\d+") ? Integer.valueOf(n) : NUMBERS.get(n);
                            if (years != null) found.duration = "P" + years + "Y";
                        }
                    }
                    default -> { }
                }
                if (kind.equals("purpose") && at < purposeAt) {
                    Optional<Token> t = tokens.stream().filter(x -> x.type() == 'I' && !isDecision(x)).findFirst();
                    if (t.isPresent()) {
                        found.purpose = t.get().entity();
                        purposeAt = at;
                    }
                }
            }
        }
        return found;
    }

    private static final class Slots {
        List<Entity> beneficiaries = List.of();
        List<Entity> funders = List.of();
        Entity purpose;
        AmountMention amount;
        DateMention period;
        String duration = "";
    }

    private static boolean has(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") && m.start(group) >= 0;
    }

    private static boolean isDecision(Token t) {
        return t.type() == 'I' && t.entity() != null && t.entity().key().startsWith("EU_DECISION_");
    }

    /**
     * The clause of a decision in the template: the brackets that hold it, else the sentence
     * from the previous decision to the next one (or the bracket that opens before it).
     */
    private static int[] scope(AnnotatedSentence s, Token decision) {
        String t = s.template();
        int at = t.indexOf("⟦I" + s.tokens().indexOf(decision) + "⟧");
        int depth = 0, open = -1;
        for (int i = at - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) {
                open = i;
                break;
            }
        }
        if (open >= 0) {
            int close = t.length();
            depth = 0;
            for (int i = at; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '(') depth++;
                else if (c == ')' && depth-- == 0) {
                    close = i;
                    break;
                }
            }
            return new int[] {open + 1, close};
        }
        int from = 0, to = t.length();
        for (Token other : s.tokens()) {
            if (other == decision || !isDecision(other)) continue;
            int o = t.indexOf("⟦I" + s.tokens().indexOf(other) + "⟧");
            if (o < at) from = Math.max(from, t.indexOf(')', o) < 0 ? o : t.indexOf(')', o) + 1);
            else {
                int bracket = t.lastIndexOf('(', o);
                to = Math.min(to, bracket > at ? bracket : o);
            }
        }
        return new int[] {Math.min(from, at), to};
    }

    /** Funders as the text names them; a body of the EU (its Council) funds as the EU. */
    private static List<Entity> funders(DocumentAnalysis doc, List<Entity> named) {
        return named.stream().filter(e -> e.kind() != EntityKind.INSTRUMENT)
                .map(e -> e.kind() == EntityKind.ORGANISATION && e.parentKey().equals("EU") ? eu(doc) : e).toList();
    }

    private static Entity eu(DocumentAnalysis doc) {
        return doc.mentions().stream().map(EntityMention::entity).filter(e -> e.key().equals("EU")).findFirst()
                .orElse(new Entity(EntityKind.ORGANISATION, "EU", "Union européenne", "European Union", "regional", "",
                        List.of(), Map.of()));
    }

    private static Entity members(Entity org) {
        if (org.kind() != EntityKind.ORGANISATION) return org;
        return new Entity(EntityKind.GROUP, org.key() + "_MEMBER_STATES", "États membres de " + org.labelFr(),
                "Member States of " + org.labelEn(), "", org.key(), List.of(), Map.of());
    }

    /** The last EU Council decision named before {@code offset} in the same paragraph. */
    private static Optional<Entity> previousDecision(DocumentAnalysis doc, int offset) {
        Optional<Paragraph> p = doc.segments().paragraphAt(offset);
        int from = p.map(Paragraph::start).orElse(0);
        Entity last = null;
        for (EntityMention m : doc.mentions()) {
            if (m.start() >= offset) break;
            if (m.start() >= from && m.entity().key().startsWith("EU_DECISION_")) last = m.entity();
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
    private static Optional<Entity> fund(DocumentAnalysis doc, int offset) {
        String text = doc.text().text();
        Entity last = null;
        for (EntityMention m : doc.mentions()) {
            if (m.start() >= offset) break;
            if (m.entity().kind() != EntityKind.ORGANISATION) continue;
            String around = text.substring(Math.max(0, m.start() - 25), m.end());
            if (FUND_WORDS.matcher(around).find()) last = m.entity();
        }
        return Optional.ofNullable(last);
    }

    /** Facts about one decision stated over several sentences become one; parts missing in one come from another. */
    @Override
    public List<FundingFact> extract(DocumentAnalysis doc) {
        List<FundingFact> all = super.extract(doc);
        Map<String, List<FundingFact>> byDecision = new LinkedHashMap<>();
        List<FundingFact> out = new ArrayList<>();
        for (FundingFact f : all) {
            if (f.decision() == null) out.add(f);
            else byDecision.computeIfAbsent(f.funder().key() + "|" + f.decision().key(), k -> new ArrayList<>()).add(f);
        }
        for (List<FundingFact> group : byDecision.values()) {
            List<FundingFact> withBeneficiary = group.stream().filter(f -> f.beneficiary() != null).toList();
            List<FundingFact> bases = withBeneficiary.isEmpty() ? List.of(group.get(0)) : withBeneficiary;
            List<String> seen = new ArrayList<>();
            for (FundingFact base : bases) {
                String key = base.beneficiary() == null ? "" : base.beneficiary().key();
                if (seen.contains(key)) continue;
                seen.add(key);
                FundingFact merged = base;
                FundingFact main = group.stream().filter(f -> f.evidence().rule().equals("fund.decision")).findFirst().orElse(base);
                for (FundingFact other : group) merged = fill(merged, other, main.evidence());
                out.add(merged);
            }
        }
        return out;
    }

    private static FundingFact fill(FundingFact a, FundingFact b, Evidence evidence) {
        return new FundingFact(a.funder(), a.decision(), first(a.decisionDate(), b.decisionDate()),
                a.amount() != null ? a.amount() : b.amount(), a.amount() != null ? a.currency() : b.currency(),
                a.beneficiary(), a.purpose() != null ? a.purpose() : b.purpose(),
                first(a.since(), b.since()), first(a.until(), b.until()), first(a.duration(), b.duration()), evidence);
    }

    private static String first(String a, String b) {
        return a == null || a.isEmpty() ? Objects.requireNonNullElse(b, "") : a;
    }
}
