package org.w3id.dkg.loader.family.funding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.w3id.dkg.loader.extracting.AnnotatedSentence;
import org.w3id.dkg.loader.extracting.FactPattern;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.extracting.TokenKind;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.recognising.AmountMention;
import org.w3id.dkg.loader.recognising.DateMention;

/**
 * The parts of a funding statement read by the {@code slot} rules of {@code funding.<lang>.tsv} inside a
 * clause: beneficiaries, funder, amount, period, duration (a number written out is read by the language's
 * {@code numbers.tsv}) and purpose — the first match of each part.
 */
final class FundingSlots {
    /** What was found in one clause. */
    static final class Found {
        List<Entity> beneficiaries = List.of();
        List<Entity> funders = List.of();
        Entity purpose;
        AmountMention amount;
        DateMention period;
        String duration = "";
    }

    private final List<FactPattern> rules;
    private final Map<String, Integer> numbers;
    private final Predicate<Token> isDecision;
    private final UnaryOperator<Entity> members;

    /**
     * @param rules      the slot rules
     * @param numbers    number words of the language
     * @param isDecision which tokens are acts that fund (never a purpose)
     * @param members    the group of an organisation's member States, for "les États membres de"
     */
    FundingSlots(List<FactPattern> rules, Map<String, Integer> numbers, Predicate<Token> isDecision, UnaryOperator<Entity> members) {
        this.rules = rules;
        this.numbers = numbers;
        this.isDecision = isDecision;
        this.members = members;
    }

    /** What the slot rules find in {@code [from, to)} of the template: the first match of each part. */
    Found read(AnnotatedSentence s, int from, int to) {
        Found found = new Found();
        int purposeAt = Integer.MAX_VALUE, beneficiaryAt = Integer.MAX_VALUE, funderAt = Integer.MAX_VALUE;
        for (FactPattern rule : rules) {
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
                            if (has(m, "members")) es = es.stream().map(members).toList();
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
                            Integer years = n.matches("\\d+") ? Integer.valueOf(n) : numbers.get(n);
                            if (years != null) found.duration = "P" + years + "Y";
                        }
                    }
                    default -> { }
                }
                if (kind.equals("purpose") && at < purposeAt) {
                    Optional<Token> t = tokens.stream().filter(x -> x.is(TokenKind.INSTRUMENT) && !isDecision.test(x)).findFirst();
                    if (t.isPresent()) {
                        found.purpose = t.get().entity();
                        purposeAt = at;
                    }
                }
            }
        }
        return found;
    }

    private static boolean has(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") && m.start(group) >= 0;
    }
}
