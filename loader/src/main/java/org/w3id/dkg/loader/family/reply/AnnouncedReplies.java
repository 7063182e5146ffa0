package org.w3id.dkg.loader.family.reply;

import java.util.List;
import java.util.stream.Stream;
import org.w3id.dkg.loader.extracting.PatternExtractor;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.EntityKind;

/**
 * Respondents a report announces rather than prints: "replies have been received from the following States:
 * Argentina, El Salvador … as well as the Holy See", "des réponses ont été reçues des Gouvernements burkinabé,
 * cubain …". An excerpt, a summary or a report whose replies are issued as addenda may name its respondents only
 * there; a respondent whose reply is also printed under its own heading keeps the heading's fact, which has the
 * date and language (see {@link ReplyExtractor}). Rules: {@code replies.<lang>.tsv}, groups {@code actor} and {@code more}.
 */
final class AnnouncedReplies extends PatternExtractor<ReplyFact> {
    AnnouncedReplies(LanguagePack language) {
        super(language, language.rules(ReplyFamily.class, "replies"));
    }

    @Override
    protected List<ReplyFact> build(PatternMatch match) {
        return Stream.concat(match.entities("actor").stream(), match.entities("more").stream())
                .filter(e -> e.kind() == EntityKind.STATE || e.kind() == EntityKind.ORGANISATION)
                .map(e -> new ReplyFact(e, "", "", match.evidence()))
                .toList();
    }
}
