package org.w3id.dkg.loader.family.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;

/** Members of a body named as a list: after a colon, after "à savoir", in the next sentence, in apposition, composing it. */
class MembersListedTest {
    private static Object[] pairs(Path dir, String text) throws Exception {
        return Extracted.fromText(dir, text + "\n", MembershipFact.class).stream()
                .map(f -> tuple(f.member().key(), f.organisation().key())).toArray();
    }

    @Test
    void theMembersListedInTheNextSentence(@TempDir Path dir) throws Exception {
        // a UNODA press release (2012): the list is the next sentence's
        assertThat(pairs(dir, "Cette formation s’adresse à des fonctionnaires de 4 États Membres de l’ONU situés dans la région "
                + "des Caraïbes. Il s’agit d’Antigua-et-Barbuda, des Bahamas, de la Barbade et du Belize."))
                .containsExactlyInAnyOrder(tuple("ATG", "UN"), tuple("BHS", "UN"), tuple("BRB", "UN"), tuple("BLZ", "UN"));
    }

    @Test
    void theMembersListedAfterAColonOrAfterASavoir(@TempDir Path dir) throws Exception {
        assertThat(pairs(dir, "Les trois États membres de l’Union africaine présents, à savoir le Ghana, le Kenya et le Sénégal, "
                + "ont pris la parole."))
                .containsExactlyInAnyOrder(tuple("GHA", "AU"), tuple("KEN", "AU"), tuple("SEN", "AU"));
        assertThat(pairs(dir, "Les États membres de la CEDEAO représentés au séminaire : le Bénin ; le Mali ; le Niger."))
                .containsExactlyInAnyOrder(tuple("BEN", "ECOWAS"), tuple("MLI", "ECOWAS"), tuple("NER", "ECOWAS"));
    }

    @Test
    void aListOfStatesInAppositionAndABodyComposedOfStates(@TempDir Path dir) throws Exception {
        assertThat(pairs(dir, "L’Allemagne, la Belgique et l’Indonésie, membres élus du Conseil de sécurité, ont pris la parole."))
                .containsExactlyInAnyOrder(tuple("DEU", "UNSC"), tuple("BEL", "UNSC"), tuple("IDN", "UNSC"));
        assertThat(pairs(dir, "Le Conseil de sécurité est composé notamment de la France, de la Chine et du Royaume-Uni."))
                .isEmpty(); // "notamment" after the verb is no list of the composition: nothing rather than a guess
        assertThat(pairs(dir, "Le Conseil de paix et de sécurité, composé des États suivants : le Tchad, le Ghana et le Maroc, "
                + "s’est réuni."))
                .containsExactlyInAnyOrder(tuple("TCD", "AU_PSC"), tuple("GHA", "AU_PSC"), tuple("MAR", "AU_PSC"));
    }

    @Test
    void whoSpeaksOnBehalfOfMembersIsOneOfThem(@TempDir Path dir) throws Exception {
        // press.un.org, CD 2019: "le Pérou – au nom de neuf pays membres du Groupe de Lima –"
        assertThat(pairs(dir, "La présidence a été contestée par le Pérou, au nom de neuf pays membres de l’Union africaine."))
                .contains(tuple("PER", "AU"));
    }
}
