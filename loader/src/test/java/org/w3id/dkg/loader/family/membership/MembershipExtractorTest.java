package org.w3id.dkg.loader.family.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;

/** Memberships on real sentences of the corpus and on paraphrases of them. */
class MembershipExtractorTest {
    @TempDir
    Path dir;

    private List<MembershipFact> memberships(String text) throws Exception {
        return Extracted.fromText(dir, text, MembershipFact.class);
    }

    private static String reply(String state, String body) {
        return Extracted.reply(state, body);
    }

    @Test
    void theRespondentIsMemberOfWhatElleIsMemberOfAndOfWhatItChairs() throws Exception {
        List<MembershipFact> facts = memberships(reply("Espagne",
                " Elle est membre de l’Organisation pour la sécurité et la coopération en Europe (OSCE) et était "
                + "initialement liée par les mesures de confiance de l’Acte final.\n\n"
                + " Le pays a présidé le groupe de travail informel du dialogue structuré en 2020 et 2021."));
        assertThat(facts).extracting(f -> f.member().key(), f -> f.organisation().key(), MembershipFact::since,
                MembershipFact::until).containsExactlyInAnyOrder(
                        tuple("ESP", "OSCE", "", ""),
                        tuple("ESP", "OSCE_STRUCTURED_DIALOGUE_IWG", "2020", "2021"));
    }

    @Test
    void anElectedMemberOfTheSecurityCouncilForAPeriodAndTheChairOfOneOfItsCommittees() throws Exception {
        List<MembershipFact> facts = memberships(reply("Mexique",
                " Dans le cadre de son mandat de membre élu du Conseil de sécurité de l’Organisation des Nations Unies "
                + "pour la période 2021-2022 et de son rôle à la présidence du Comité du Conseil de sécurité créé par la "
                + "résolution 1540 (2004), le Mexique reconnaît que la prolifération des armes de destruction massive "
                + "constitue une menace."));
        assertThat(facts).extracting(f -> f.member().key(), f -> f.organisation().key(), MembershipFact::since,
                MembershipFact::until).containsExactlyInAnyOrder(
                        tuple("MEX", "UNSC", "2021", "2022"),
                        tuple("MEX", "UNSC_1540_COMMITTEE", "", ""));
    }

    @Test
    void namedMemberStatesOfAnOrganisationButNotTheGroupAlone() throws Exception {
        List<MembershipFact> facts = memberships("  I. Introduction\n\n1. Les États membres de l’Union africaine, dont le "
                + "Ghana et le Nigéria, se sont réunis à Accra.\n\n2. L’Union européenne mène ses activités en partenariat "
                + "avec l’Union africaine, ses États membres et des organisations régionales.\n");
        assertThat(facts).extracting(f -> f.member().key(), f -> f.organisation().key())
                .containsExactlyInAnyOrder(tuple("GHA", "AU"), tuple("NGA", "AU"));
    }
}
