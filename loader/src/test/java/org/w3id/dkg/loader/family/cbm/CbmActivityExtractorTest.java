package org.w3id.dkg.loader.family.cbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.linking.Entity;

class CbmActivityExtractorTest {
    static List<CbmActivityFact> cbm(Path file) throws Exception {
        return Extracted.from(file, CbmActivityFact.class);
    }

    static String counterparts(CbmActivityFact f) {
        return f.counterparts().stream().map(Entity::key).sorted().collect(Collectors.joining(" "));
    }

    @Test
    void spainsInspectionsAndJointCommissionsAreFound() throws Exception {
        List<CbmActivityFact> facts = cbm(Corpus.file("000"));
        assertThat(facts).extracting(f -> f.actor().key(), CbmActivityFact::activityType, CbmActivityExtractorTest::counterparts,
                        f -> f.framework() == null ? "" : f.framework().key(), CbmActivityFact::date)
                .contains(tuple("ESP", "inspection", "CYP", "VIENNA_DOCUMENT_1999", "2021-10"),
                        // "à des inspections de la Slovénie à la Suisse en juin et de la Belgique à la Finlande en novembre"
                        tuple("ESP", "inspection", "CHE SVN", "", "2021-06"),
                        tuple("ESP", "inspection", "BEL FIN", "", "2021-11"),
                        tuple("ESP", "joint_commission", "ARG BRA COL PER", "", ""),
                        tuple("ESP", "joint_commission", "TUN", "", "2021"),
                        tuple("ESP", "joint_commission", "MRT", "", "2022"),
                        tuple("HND", "information_exchange", "IADB OAS", "", ""),
                        tuple("MEX", "report_submission", "OAS", "", "2022-06"));
        assertThat(facts).noneMatch(f -> f.activityType().equals("joint_commission") && counterparts(f).equals("IND"));
        assertThat(facts).allMatch(f -> f.evidence().quote().length() > 0);
    }

    @Test
    void paraphrasesWithOtherStatesAndDates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reply.txt");
        Files.writeString(file, """
                  Finlande
                [Original : anglais]
                [12 mai 2023]
                1. En mars 2022, la Finlande a effectué une inspection en Géorgie au titre du Document de Vienne 2011.
                2. Des patrouilles conjointes ont été menées par la Finlande et la Suède le long de leur frontière commune.
                3. Elle a effectué un vol d'observation au-dessus de la Norvège en août 2019.
                """);
        assertThat(cbm(file)).extracting(f -> f.actor().key(), CbmActivityFact::activityType, CbmActivityExtractorTest::counterparts,
                        CbmActivityFact::date)
                .containsExactlyInAnyOrder(tuple("FIN", "inspection", "GEO", "2022-03"), tuple("FIN", "joint_patrol", "SWE", ""),
                        tuple("FIN", "observation_flight", "NOR", "2019-08"));
    }

    /** Real text (Greek defence news, fixtures/real/en/dev ed22): an inspection in the passive, by inspectors from a State. */
    @Test
    void anInspectionConductedInAStateByInspectorsFromAnother() throws Exception {
        assertThat(cbm(Path.of("src/test/resources/fixtures/real/en/dev/texts/ed22.txt")))
                .extracting(f -> f.actor().key(), CbmActivityFact::activityType, CbmActivityExtractorTest::counterparts,
                        f -> f.framework() == null ? "" : f.framework().key(), CbmActivityFact::date)
                .contains(tuple("RUS", "inspection", "GRC", "VIENNA_DOCUMENT_2011", "2012-09-24"));
    }

    /** English constructions in paraphrases with other States: active voice, a team as subject, observation flights. */
    @Test
    void englishInspectionsVisitsAndFlightsInTheirConstructions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("en.txt");
        Files.writeString(file, """
                On 3 March 2019, Hungary conducted an inspection in Serbia under the Vienna Document 2011.
                An evaluation team from Sweden will be in Estonia on 12 May 2019 to conduct an evaluation visit at a brigade.
                In June 2019, Canada carried out two observation flights over Ukraine.
                """);
        assertThat(cbm(file)).extracting(f -> f.actor().key(), CbmActivityFact::activityType, CbmActivityExtractorTest::counterparts)
                .contains(tuple("HUN", "inspection", "SRB"), tuple("SWE", "evaluation_visit", "EST"),
                        tuple("CAN", "observation_flight", "UKR"));
    }
}
