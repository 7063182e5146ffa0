package org.w3id.dkg.loader.family.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.family.membership.MembershipFact;

/**
 * Chairs under whose presidency a body meets, whether the sentence names the body, refers back to it or leaves it to
 * the document; organisers that act through others or in cooperation; hosts that support a meeting. Sentences of real
 * texts of the French development sets, and paraphrases with other names.
 */
class PresidencyAndOrganisersTest {
    @Test
    void underThePresidencyOfAnAmbassadorOfAState(@TempDir Path dir) throws Exception {
        // press.un.org, CD session of 2006: the sentence names no body; the document is about the Conference
        String text = "La Conférence du désarmement ouvre, le lundi 23 janvier, les travaux de sa session de 2006. La session "
                + "s'ouvrira sous la présidence de l'Ambassadeur Zdzislaw Rapacki de Pologne, qui assumera ces fonctions pour "
                + "une période de quatre semaines.\n";
        assertThat(Extracted.fromText(dir, text, RoleFact.class)).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .containsExactly(tuple("POL", "chair", "CD"));
        assertThat(Extracted.fromText(dir, text, MembershipFact.class)).extracting(f -> f.member().key(), f -> f.organisation().key())
                .containsExactly(tuple("POL", "CD"));
        // the body named in the sentence, "sous présidence" without article, a State without an envoy
        assertThat(Extracted.fromText(dir, "Le Conseil de sécurité s'est réuni ce matin sous présidence du Mexique.\n", RoleFact.class))
                .extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .containsExactly(tuple("MEX", "chair", "UNSC"));
    }

    @Test
    void thePresidencyHeldByAnAmbassadorIsHisState(@TempDir Path dir) throws Exception {
        // press.un.org, CD 2017: "la Conférence" refers back to the Conference named before; China only asked
        String text = "La Conférence du désarmement a tenu, ce matin, une brève séance plénière. Deux délégations sont "
                + "intervenues : la Chine, qui a demandé à la présidence de la Conférence, actuellement assumée par "
                + "l’Ambassadeur Julio Herráiz de l’Espagne, si les délégations allaient recevoir un projet révisé.\n";
        assertThat(Extracted.fromText(dir, text, RoleFact.class)).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .containsExactly(tuple("ESP", "chair", "CD"));
    }

    @Test
    void anEnvoyWhoseTitleIsAbbreviatedWithDots(@TempDir Path dir) throws Exception {
        // AU PSC communiqué of its 776th meeting: "S.E." no longer ends the words between envoy and chair
        String text = "Le Conseil prend note des allocutions liminaires faites par la Représentante permanente de la République "
                + "du Rwanda auprès de l'Union africaine, S.E. l’Ambassadeur Hope Tumukunde Gasatura, en sa qualité de "
                + "Présidente du CPS pour le mois de mai 2018.\n";
        assertThat(Extracted.fromText(dir, text, RoleFact.class)).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .contains(tuple("RWA", "chair", "AU_PSC"));
    }

    @Test
    void anOrganiserActingThroughACentreAndAGovernmentThatSupportsTheTraining(@TempDir Path dir) throws Exception {
        // a UNODA press release (Port of Spain, April 2012), dates given with their year
        String text = "Le 16 avril 2012, le Bureau des affaires de désarmement organise, par le biais du Centre régional des "
                + "Nations Unies pour la paix, le désarmement et le développement en Amérique latine et dans les Caraïbes, un "
                + "stage de formation à la lutte contre le trafic illicite d’armes à feu. Ce stage est organisé à Port-d’Espagne, "
                + "avec le soutien du Gouvernement de Trinité-et-Tobago.\n";
        assertThat(Extracted.fromText(dir, text, RoleFact.class)).extracting(f -> f.actor().key(), RoleFact::role)
                .containsExactlyInAnyOrder(tuple("UNODA", "organiser"), tuple("UNLIREC", "organiser"), tuple("TTO", "host"));
    }

    @Test
    void coOrganisersInAnInterjectionBeforeTheVerb(@TempDir Path dir) throws Exception {
        // UNREC news, Lomé 2019; a paraphrase with a workshop and "en coopération avec"
        String text = "Le 7 août 2019, en prélude à la cérémonie, le gouvernement du Togo, par le biais de sa Commission nationale "
                + "sur les armes légères et en collaboration avec l'UNREC, a organisé une campagne de sensibilisation.\n";
        assertThat(Extracted.fromText(dir, text, RoleFact.class)).extracting(f -> f.actor().key(), RoleFact::role)
                .containsExactlyInAnyOrder(tuple("TGO", "organiser"), tuple("UNREC", "organiser"));
        String paraphrase = "Le 3 mars 2021, le Ghana, en coopération avec le Centre régional des Nations Unies pour la paix et "
                + "le désarmement en Afrique, a organisé un atelier sur le marquage des armes.\n";
        assertThat(Extracted.fromText(dir, paraphrase, RoleFact.class)).extracting(f -> f.actor().key(), RoleFact::role)
                .contains(tuple("GHA", "organiser"));
    }
}
