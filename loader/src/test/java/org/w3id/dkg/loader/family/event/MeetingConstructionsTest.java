package org.w3id.dkg.loader.family.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;

/** Meetings of every kind ({MEETING}: sittings, trainings, campaigns ...) in the constructions of events.fr.tsv. */
class MeetingConstructionsTest {
    @Test
    void aTrainingRunInThePassiveIsDatedByTheSentencesOpeningDate(@TempDir Path dir) throws Exception {
        // UNLIREC press release, Caribbean armoury management training centre (2013)
        assertThat(Extracted.fromText(dir, "Du 18 au 29 novembre 2013, une autre session de ce type sera menée, en coopération "
                + "avec Trinité-et-Tobago, à l’intention de 13 pays des Caraïbes.\n", EventFact.class))
                .extracting(EventFact::start, EventFact::end).containsExactly(tuple("2013-11-18", "2013-11-29"));
    }

    @Test
    void aBodyHoldingASittingOfItsOwn(@TempDir Path dir) throws Exception {
        // CD summaries: the sitting the summary reports, undated
        assertThat(Extracted.fromText(dir, "La Conférence du désarmement a tenu, ce matin, une brève séance plénière au cours de "
                + "laquelle elle a entendu le Bélarus.\n", EventFact.class))
                .extracting(EventFact::start, e -> e.event().key().startsWith("CD_")).containsExactly(tuple("", true));
    }

    @Test
    void anOrganiserLaunchingACampaign(@TempDir Path dir) throws Exception {
        assertThat(Extracted.fromText(dir, "Le 7 août 2019, le gouvernement du Togo, en collaboration avec l'UNREC, a organisé une "
                + "campagne de sensibilisation dans la région des plateaux.\n", EventFact.class))
                .extracting(EventFact::start).containsExactly("2019-08-07");
        // an undated mention of a general kind of activity is no event
        assertThat(Extracted.fromText(dir, "Le Togo organise régulièrement des campagnes de sensibilisation.\n", EventFact.class)).isEmpty();
    }

    @Test
    void aMeetingThatTookPlaceIsDatedByTheDateAfterItsPlace(@TempDir Path dir) throws Exception {
        // OAS resolution (shared real texts, r10), in a paraphrase: place and country between the verb and the date
        assertThat(Extracted.fromText(dir, "Le Conseil rappelle la réunion d’experts qui a eu lieu à Montevideo, en Uruguay, "
                + "en mars 1996.\n", EventFact.class)).extracting(EventFact::start).containsExactly("1996-03");
    }

    @Test
    void aMeetingDatedByLors(@TempDir Path dir) throws Exception {
        // EU Council decision recital (fixtures/real/fr/dev fd07): "lors de sa réunion des 15 et 16 décembre 2005"
        assertThat(Extracted.fromText(dir, "Le Conseil européen a adopté une stratégie lors de sa réunion des 15 et 16 décembre "
                + "2005.\n", EventFact.class)).extracting(EventFact::start, EventFact::end)
                .containsExactly(tuple("2005-12-15", "2005-12-16"));
    }

    @Test
    void aTreatyOpenedForSignatureIsAnEventOfThatTreaty(@TempDir Path dir) throws Exception {
        // UN Treaty Collection status page (fd02) and CTBT statement (fd13), reduced relative and future passive
        assertThat(Extracted.fromText(dir, "Le Traité sur le commerce des armes sera ouvert à la signature de tous les États au Siège "
                + "de l’Organisation des Nations Unies à New York, à compter du 3 juin 2013.\n", EventFact.class))
                .extracting(EventFact::start, e -> e.event().key()).containsExactly(tuple("2013-06-03", "ATT_SIGNATURE_OPENING_2013"));
        assertThat(Extracted.fromText(dir, "Le Traité d’interdiction complète des essais nucléaires, ouvert à la signature le 24 "
                + "septembre 1996, n’est pas encore entré en vigueur.\n", EventFact.class))
                .extracting(EventFact::start).containsExactly("1996-09-24");
    }
}
