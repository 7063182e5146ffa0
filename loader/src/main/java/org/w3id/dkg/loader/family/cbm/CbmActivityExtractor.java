package org.w3id.dkg.loader.family.cbm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dkg.loader.extracting.PatternExtractor;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.extracting.TokenKind;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.Entity;

/**
 * Concrete confidence-building activities (inspections, evaluation visits, observation
 * flights, joint commissions, information exchanges, patrols, exercises, dialogues, report
 * submissions, visits) by the rules of {@code cbm-activities.tsv}. A rule names its type(s)
 * in the {@code activity_type} column (several separated by spaces: one fact each). Groups:
 * {@code actor} (one, or a list whose first member is the actor and the others counterparts;
 * the respondent when absent), {@code counterparts} and {@code counterparts2} (one fact per
 * group; a State directly followed by a date in the list gets a fact of its own with that
 * date), {@code framework} (an instrument or organisation), {@code date}/{@code date2} and
 * {@code place} (words).
 */
public final class CbmActivityExtractor extends PatternExtractor<CbmActivityFact> {
    public CbmActivityExtractor(LanguagePack language) {
        super(language, language.rules(CbmActivityFamily.class, "cbm-activities"));
    }

    @Override
    protected List<CbmActivityFact> build(PatternMatch match) {
        List<Entity> actors = match.entities("actor").stream().filter(CbmActivityExtractor::isActor).toList();
        Entity actor;
        List<Entity> extra = new ArrayList<>();
        var respondent = match.respondent();
        if (actors.isEmpty()) {
            if (respondent.isEmpty()) return List.of();
            actor = respondent.get();
        } else if (respondent.isPresent() && actors.stream().anyMatch(a -> a.key().equals(respondent.get().key()))) {
            actor = respondent.get();
            actors.stream().filter(a -> !a.key().equals(actor.key())).forEach(extra::add);
        } else {
            actor = actors.get(0);
            extra.addAll(actors.subList(1, actors.size()));
        }
        Entity framework = match.entity("framework").orElse(null);
        String date = match.date("date").or(() -> match.date("date2")).map(d -> d.begin()).orElse("");
        String place = match.text("place").orElse("");
        List<CbmActivityFact> facts = new ArrayList<>();
        for (String type : match.rule().get("activity_type").split("\\s+")) {
            boolean any = false;
            for (String group : List.of("counterparts", "counterparts2")) {
                List<Token> tokens = match.tokens(group);
                if (tokens.isEmpty()) continue;
                any = true;
                for (Map.Entry<List<Entity>, String> part : split(tokens, date).entrySet()) {
                    List<Entity> counterparts = new ArrayList<>(extra);
                    for (Entity e : part.getKey()) {
                        if (!e.key().equals(actor.key()) && counterparts.stream().noneMatch(c -> c.key().equals(e.key()))) {
                            counterparts.add(e);
                        }
                    }
                    facts.add(new CbmActivityFact(actor, type, counterparts, framework, part.getValue(), place, match.evidence()));
                }
            }
            if (!any) facts.add(new CbmActivityFact(actor, type, extra, framework, date, place, match.evidence()));
        }
        return facts;
    }

    /**
     * The counterparts of a list, once or, when dates are interleaved ("avec la Tunisie en 2021
     * et la Mauritanie en 2022"), grouped by the date that follows them.
     */
    private static Map<List<Entity>, String> split(List<Token> tokens, String date) {
        Map<List<Entity>, String> parts = new LinkedHashMap<>();
        boolean interleaved = tokens.stream().anyMatch(t -> t.is(TokenKind.DATE));
        if (!interleaved) {
            parts.put(tokens.stream().filter(t -> t.entity() != null && isActor(t.entity())).map(Token::entity).toList(), date);
            return parts;
        }
        List<Entity> pending = new ArrayList<>();
        for (Token t : tokens) {
            if (t.is(TokenKind.DATE)) {
                if (!pending.isEmpty()) parts.put(List.copyOf(pending), t.date().begin());
                pending.clear();
            } else if (t.entity() != null && isActor(t.entity())) {
                pending.add(t.entity());
            }
        }
        if (!pending.isEmpty()) parts.put(List.copyOf(pending), date);
        return parts;
    }

    private static boolean isActor(Entity e) {
        return e.kind().isActor();
    }
}
