package org.w3id.dkg.loader.family.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.family.membership.MembershipFact;

/** A State chairs a body through the ambassador who presides it — and is then a member of it. */
class ChairThroughEnvoyTest {
    @Test
    void thePresidentOfTheConferenceNamedWithHisCountry(@TempDir Path dir) throws Exception {
        // press.un.org/fr/2001/cdg509.doc.htm
        String text = "Le Président de la Conférence du désarmement, M. Roberto Betancourt Ruales, de l'Équateur, a déclaré que "
                + "ces actes terroristes ont causé la mort de milliers de personnes.\n";
        assertThat(Extracted.fromText(dir, text, RoleFact.class)).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .containsExactly(tuple("ECU", "chair", "CD"));
        assertThat(Extracted.fromText(dir, text, MembershipFact.class)).extracting(f -> f.member().key(), f -> f.organisation().key())
                .containsExactly(tuple("ECU", "CD"));
    }

    @Test
    void aPermanentRepresentativeWhoChairsTheCouncilForAMonth(@TempDir Path dir) throws Exception {
        // an AU Peace and Security Council communiqué (1029th meeting)
        String text = "Le Conseil a pris note des observations liminaires de S.E. l'Ambassadeur Mahamad Ali Hassan, Représentant "
                + "permanent de la République du Tchad auprès de l'Union africaine et Président du CPS pour le mois de septembre 2021.\n";
        assertThat(Extracted.fromText(dir, text, RoleFact.class)).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .contains(tuple("TCD", "chair", "AU_PSC"));
    }

    @Test
    void namesAreFoundWithoutTheirAccentsAsPagesOftenPrintThem(@TempDir Path dir) throws Exception {
        // "Etats-Unis" in press.un.org/fr/2019/... (CD summary), "Equateur" as headings print it
        String text = "Il s’agissait de la dernière séance plénière de la Conférence, à laquelle les Etats-Unis et l'Equateur ont pris part.\n";
        assertThat(Extracted.fromText(dir, text, org.w3id.dkg.loader.family.mention.MentionFact.class))
                .extracting(f -> f.entity().key()).contains("USA", "ECU");
    }
}
