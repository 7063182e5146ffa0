package org.w3id.dkg.loader.family.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.Extracted;

class RoleExtractorTest {
    static List<RoleFact> roles(Path file) throws Exception {
        return Extracted.from(file, RoleFact.class);
    }

    @Test
    void chairsAndDepositariesInTheRepliesOfSpainAndMexico() throws Exception {
        assertThat(roles(Corpus.file("000"))).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .contains(tuple("ESP", "chair", "OSCE_STRUCTURED_DIALOGUE_IWG"), tuple("MEX", "chair", "OAS_WG_CYBER_CBM"),
                        tuple("MEX", "chair", "UNSC_1540_COMMITTEE"), tuple("MEX", "chair", "UNSC"),
                        tuple("MEX", "depositary", "TLATELOLCO"));
    }

    @Test
    void membersListedInAFootnoteBelongToTheBodyThatCallsIt() throws Exception {
        List<RoleFact> casa = roles(Corpus.file("001")).stream()
                .filter(f -> f.role().equals("member") && f.body().key().equals("CASA")).toList();
        assertThat(casa).hasSize(24);
        assertThat(casa).extracting(f -> f.actor().key()).contains("CTED", "UNODA", "UNIDIR", "WHO");
    }

    @Test
    void organisersAndParticipantsOfTheKyivWorkshop() throws Exception {
        assertThat(roles(Corpus.file("004"))).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .contains(tuple("UKR", "organiser", "KYIV_1540_WORKSHOP_2017"), tuple("OSCE", "organiser", "KYIV_1540_WORKSHOP_2017"),
                        tuple("OPCW", "participant", "KYIV_1540_WORKSHOP_2017"), tuple("EU", "participant", "KYIV_1540_WORKSHOP_2017"))
                .doesNotContain(tuple("UN", "participant", "KYIV_1540_WORKSHOP_2017"));
    }

    @Test
    void participationInABodyNamedInFullBefore() throws Exception {
        // "L'Union européenne a activement participé aux activités de la Commission préparatoire et de ses
        // groupes de travail A et B", after "la Commission préparatoire de l'Organisation du Traité ..."
        assertThat(roles(Corpus.file("000"))).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .contains(tuple("EU", "participant", "CTBTO_PREPCOM"));
    }

    @Test
    void participantsInACampaignAndInActivitiesOfAFramework() throws Exception {
        // "le Bureau des affaires de désarmement s'est joint à la campagne internationale ...";
        // "a appuyé les activités menées dans le cadre du Mois de l'amnistie à Madagascar, au Niger et en Ouganda"
        List<RoleFact> found = roles(Corpus.file("001"));
        assertThat(found).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .contains(tuple("UNODA", "participant", "CAMPAIGN_2021"), tuple("MDG", "participant", "AMNESTY_MONTH_2021"),
                        tuple("NER", "participant", "AMNESTY_MONTH_2021"), tuple("UGA", "participant", "AMNESTY_MONTH_2021"))
                .doesNotContain(tuple("UNODA", "participant", "AMNESTY_MONTH_2021"));
    }

    @Test
    void thoseWhoDidTheWorkOfAWorkingGroupAreItsMembersItsChairIsItsChair() throws Exception {
        // "Dans le cadre des travaux du Groupe de travail sur la gestion des frontières ..., le Centre des Nations Unies
        // pour la lutte contre le terrorisme du Bureau de lutte contre le terrorisme, la Direction exécutive du Comité
        // contre le terrorisme, présidant le groupe de travail, et l'UNIDIR ont élaboré conjointement des directives"
        assertThat(roles(Corpus.file("001"))).extracting(f -> f.actor().key(), RoleFact::role, f -> f.body().key())
                .contains(tuple("UNCCT", "member", "UN_CT_COMPACT_WG_BORDER_MANAGEMENT"),
                        tuple("UNIDIR", "member", "UN_CT_COMPACT_WG_BORDER_MANAGEMENT"),
                        tuple("CTED", "chair", "UN_CT_COMPACT_WG_BORDER_MANAGEMENT"))
                .doesNotContain(tuple("CTED", "member", "UN_CT_COMPACT_WG_BORDER_MANAGEMENT"),
                        tuple("UNOCT", "member", "UN_CT_COMPACT_WG_BORDER_MANAGEMENT"));
    }

    @Test
    void theHostOfAMeetingOrganisedJointlyWithAnotherIsAnOrganiser(@TempDir Path dir) throws Exception {
        List<RoleFact> found = Extracted.fromText(dir, Extracted.reply("Suisse",
                "3. La Suisse a accueilli à Genève, le 9 février 2023, une réunion sur les mesures de confiance dans le cyberespace, "
                        + "organisée conjointement avec l'OSCE."), RoleFact.class);
        assertThat(found).extracting(f -> f.actor().key(), RoleFact::role)
                .contains(tuple("CHE", "host"), tuple("CHE", "organiser"), tuple("OSCE", "organiser"));
    }
}
