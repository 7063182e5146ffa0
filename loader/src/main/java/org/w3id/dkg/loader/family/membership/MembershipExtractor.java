package org.w3id.dkg.loader.family.membership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.FactsSoFar;
import org.w3id.dkg.loader.extracting.PatternExtractor;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.family.role.RoleFact;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.recognising.DateMention;
import org.w3id.dkg.loader.recognising.DateWords;

/**
 * States' memberships of organisations and their bodies, by the rules of {@code memberships.tsv}:
 * "Elle est membre de l'OSCE", "en tant que membre élu du Conseil de sécurité pour la période
 * 2021-2022", "les États membres de l'Union africaine, dont le Ghana", and a State chairing a body
 * (which it then belongs to). Groups of a rule:
 * <ul>
 * <li>{@code member}: one or a list of States (the respondent when absent, if it is a State);</li>
 * <li>{@code org}: one or a list of organisations; {@code org2} a second one with its own {@code since2};</li>
 * <li>{@code since}: a date token (a closed period gives since and until), {@code until}: a date token;
 *     {@code from} and {@code to}: years written as "2021-2022"; {@code month}: the first month of
 *     "de septembre à décembre 2022".</li>
 * </ul>
 * Only States are members here; other entities belonging to a body are roles. A State that chairs a standing
 * body (an organisation, not a one-off meeting) is a member of it: the chair roles found before memberships
 * give such memberships too, with the role's quote.
 */
public final class MembershipExtractor extends PatternExtractor<MembershipFact> {
    private final DateWords months;

    public MembershipExtractor(LanguagePack language) {
        super(language, language.rules(MembershipFamily.class, "memberships"));
        this.months = new DateWords(language);
    }

    @Override
    public List<MembershipFact> extract(DocumentAnalysis doc, FactsSoFar before) {
        Map<String, MembershipFact> facts = new LinkedHashMap<>();
        for (MembershipFact f : super.extract(doc, before)) facts.put(f.identity(), f);
        for (RoleFact role : before.of(RoleFact.class)) {
            if (!role.role().equals("chair") || role.actor().kind() != EntityKind.STATE
                    || role.body().kind() != EntityKind.ORGANISATION) continue;
            MembershipFact member = new MembershipFact(role.actor(), role.body(), "", "", role.evidence());
            facts.putIfAbsent(member.identity(), member);
        }
        return new ArrayList<>(facts.values());
    }

    @Override
    protected List<MembershipFact> build(PatternMatch match) {
        List<Entity> members = match.entities("member").stream().filter(e -> e.kind() == EntityKind.STATE).toList();
        if (members.isEmpty() && match.tokens("member").isEmpty()) {
            members = match.respondent().filter(e -> e.kind() == EntityKind.STATE).map(List::of).orElse(List.of());
        }
        List<MembershipFact> facts = new ArrayList<>();
        String[] period = period(match, "since", "until");
        add(facts, match, members, orgs(match, "org"), period);
        add(facts, match, members, orgs(match, "org2"), period(match, "since2", "until2"));
        return facts;
    }

    private static void add(List<MembershipFact> facts, PatternMatch match, List<Entity> members, List<Entity> orgs,
                            String[] period) {
        for (Entity member : members) {
            for (Entity org : orgs) facts.add(new MembershipFact(member, org, period[0], period[1], match.evidence()));
        }
    }

    private static List<Entity> orgs(PatternMatch match, String group) {
        return match.entities(group).stream().filter(e -> e.kind() == EntityKind.ORGANISATION).distinct().toList();
    }

    /** {since, until} from the rule's date groups, with the precision the text gives. */
    private String[] period(PatternMatch match, String sinceGroup, String untilGroup) {
        String since = "", until = "";
        Optional<DateMention> s = match.date(sinceGroup);
        if (s.isPresent()) {
            since = s.get().begin();
            if (s.get().isRange() && !s.get().last().isEmpty()) until = s.get().last();
        }
        Optional<DateMention> u = match.date(untilGroup);
        if (u.isPresent()) until = u.get().isRange() && !u.get().last().isEmpty() ? u.get().last() : u.get().begin();
        if (!sinceGroup.endsWith("2")) {
            Optional<String> from = match.text("from"), to = match.text("to"), month = match.text("month");
            if (from.isPresent()) since = from.get();
            if (to.isPresent()) until = to.get();
            if (month.isPresent() && until.length() >= 4) {
                try {
                    since = "%s-%02d".formatted(until.substring(0, 4), months.month(month.get()));
                } catch (IllegalArgumentException notAMonth) {
                    // a word the rule took for a month is none: the period keeps its year
                }
            }
        }
        return new String[] {since, until};
    }
}
