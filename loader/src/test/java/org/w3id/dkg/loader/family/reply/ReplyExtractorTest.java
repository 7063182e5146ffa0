package org.w3id.dkg.loader.family.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.rdf.ShapeCheck;

/**
 * Replies on texts in the form of the reports: a heading, then {@code [Original : ...]} and the date.
 * Each text here was once refused by the loader (scale corpus of the 2026-11-23 benchmark).
 */
class ReplyExtractorTest {
    private static final ShapeCheck SHAPES = new ShapeCheck();

    @TempDir
    Path dir;

    /** A report answering two resolutions, in which Qatar replies under each. */
    private static final String TWO_REPLIES_OF_ONE_STATE = """
              I. Introduction

            1. Le présent rapport est soumis en application des résolutions 76/32 et 76/232 de l’Assemblée générale.

              II. Réponses reçues au titre de la résolution 76/32

              Qatar

            [Original : anglais]

            [9 juillet 2022]

            2. Le Qatar appuie les efforts déployés pour lutter contre le commerce illicite des armes légères.

              III. Réponses reçues au titre de la résolution 76/232

              Qatar

            [Original : arabe]

            [11 avril 2022]

            3. Le Qatar a pris des mesures pour renforcer le contrôle de ses frontières.
            """;

    @Test
    void aStateThatRepliesTwiceInOneReportGivesTwoRepliesAndAGraphThatPassesTheShapes() throws Exception {
        List<ReplyFact> replies = Extracted.fromText(dir, TWO_REPLIES_OF_ONE_STATE, ReplyFact.class);
        assertThat(replies).extracting(r -> r.respondent().key(), ReplyFact::date, ReplyFact::language)
                .containsExactly(tuple("QAT", "2022-07-09", "en"), tuple("QAT", "2022-04-11", "ar"));
        assertThat(replies).extracting(ReplyFact::identity).doesNotHaveDuplicates();
        assertThat(violations(TWO_REPLIES_OF_ONE_STATE)).isEmpty();
    }

    @Test
    void theFirstReplyOfARespondentKeepsTheIdentityItAlwaysHad() throws Exception {
        List<ReplyFact> replies = Extracted.fromText(dir, TWO_REPLIES_OF_ONE_STATE, ReplyFact.class);
        assertThat(replies.get(0).identity()).isEqualTo("reply|STATE|QAT");
        assertThat(replies.get(1).identity()).isNotEqualTo("reply|STATE|QAT");
    }

    @Test
    void aHeadingThatNamesATreatyIsNoRespondent() throws Exception {
        String text = """
                  I. Activités des organismes des Nations Unies

                  B. Traité sur le commerce des armes

                [Original : anglais]

                [7 juillet 2022]

                36. Ayant pour objectif de poser des normes communes au sujet du commerce international des armes \
                classiques, le Traité sur le commerce des armes est entré en vigueur le 24 décembre 2014.

                  Espagne

                [Original : espagnol]

                [31 mai 2022]

                37. L’Espagne a ratifié le Traité sur le commerce des armes le 2 avril 2014.
                """;
        List<ReplyFact> replies = Extracted.fromText(dir, text, ReplyFact.class);
        assertThat(replies).extracting(r -> r.respondent().key()).containsExactly("ESP");
        assertThat(violations(text)).isEmpty();
    }

    private List<String> violations(String text) throws Exception {
        Path file = dir.resolve("shape-check.txt");
        Files.writeString(file, text);
        return SHAPES.violations(Extracted.pipeline().extract(file).model());
    }

    /** Real text (fixtures/real/en/dev, ed24): a report's history names the three countries that responded. */
    @Test
    void respondentsTheReportAnnouncesAreRepliesWithoutDateOrLanguage() throws Exception {
        List<ReplyFact> replies = Extracted.from(Path.of("src/test/resources/fixtures/real/en/dev/texts/ed24.txt"), ReplyFact.class);
        assertThat(replies).extracting(r -> r.respondent().key(), ReplyFact::date, ReplyFact::language)
                .containsExactly(tuple("CUB", "", ""), tuple("MEX", "", ""), tuple("VNM", "", ""));
        assertThat(replies.get(0).evidence().quote()).isEqualTo("countries responded (Cuba, Mexico and Viet Nam");
    }

    /** The introduction announces every respondent of a list, "and …, as well as …" included. */
    @Test
    void anAnnouncedListGivesEachOfItsStatesAndOrganisations() throws Exception {
        String text = """
                1. Pursuant to that request, a note verbale was sent to Member States. To date, replies have been received from \
                the following States: Argentina, Honduras, the Philippines and Venezuela, as well as the Holy See. These replies \
                are reproduced in section II below.
                """;
        assertThat(Extracted.fromText(dir, text, ReplyFact.class)).extracting(r -> r.respondent().key())
                .containsExactly("ARG", "HND", "PHL", "VEN", "VAT");
    }

    /**
     * A respondent announced in the introduction and printed under its heading is one reply, the heading's, with its
     * date and language; an organisation announced otherwise ("a également transmis sa réponse") is not guessed.
     */
    @Test
    void anAnnouncedRespondentWithItsOwnHeadingIsOneReplyWithTheHeadingsDateAndLanguage() throws Exception {
        String text = """
                  I. Introduction

                1. À la date du présent rapport, des réponses ont été reçues des Gouvernements cubain et mexicain. Elles \
                figurent dans la section II ci-après.

                  II. Réponses reçues des gouvernements

                  Cuba

                [Original : espagnol]

                [30 mai 2022]

                2. Cuba appuie les mesures de confiance.
                """;
        assertThat(Extracted.fromText(dir, text, ReplyFact.class))
                .extracting(r -> r.respondent().key(), ReplyFact::date, ReplyFact::language)
                .containsExactly(tuple("CUB", "2022-05-30", "es"), tuple("MEX", "", ""));
    }
}
