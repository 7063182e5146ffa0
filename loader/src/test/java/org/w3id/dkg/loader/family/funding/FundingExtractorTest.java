package org.w3id.dkg.loader.family.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.Extracted;

class FundingExtractorTest {
    private static List<FundingFact> funding(Path file) throws Exception {
        return Extracted.from(file, FundingFact.class);
    }

    private static String key(org.w3id.dkg.loader.linking.Entity e) {
        return e == null ? "" : e.key();
    }

    @Test
    void aCouncilDecisionOverThreeSentencesIsOneFactWithItsAmountDurationAndBeneficiary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eu.txt");
        Files.writeString(file, """
                17. En décembre 2019, le Conseil de l’Union européenne a adopté la décision (PESC) 2019/2108 du 9 décembre 2019 à l’appui du renforcement de la sûreté et de la sécurité biologiques en Amérique latine dans le cadre de la mise en œuvre de la résolution 1540 (2004) du Conseil de sécurité de l’Organisation des Nations Unies. Cette décision prévoit l’allocation d’un montant de 2,7 millions d’euros sur une période de trois ans. Le financement de l’Union européenne permet à l’Organisation des États américains (OEA) de fournir une assistance technique.
                """);
        List<FundingFact> facts = funding(file);
        assertThat(facts).extracting(f -> key(f.funder()), f -> key(f.decision()), FundingFact::decisionDate,
                        f -> f.amount().toPlainString(), FundingFact::currency, f -> key(f.beneficiary()),
                        f -> key(f.purpose()), FundingFact::duration)
                .containsExactly(tuple("EU", "EU_DECISION_2019_2108", "2019-12-09", "2700000", "EUR", "OAS",
                        "UNSCR_1540", "P3Y"));
        assertThat(facts.get(0).evidence().quote()).startsWith("En décembre 2019, le Conseil de l’Union européenne a adopté la décision (PESC) 2019/2108");
    }

    @Test
    void theEuReplyOfTheConfidenceBuildingReportStatesItsCouncilDecisions() throws Exception {
        List<FundingFact> facts = funding(Corpus.file("000"));
        assertThat(facts).extracting(f -> key(f.funder()), f -> key(f.decision()), FundingFact::decisionDate, f -> key(f.beneficiary()))
                .contains(
                        tuple("EU", "EU_DECISION_2019_938", "2019-06-06", "UNIDIR"),
                        tuple("EU", "EU_DECISION_2017_1424", "2017-08-04", "OSCE"),
                        tuple("EU", "EU_DECISION_2019_2009", "2019-12-02", "UKR"),
                        tuple("EU", "EU_DECISION_2021_2133", "2021", ""),
                        tuple("EU", "EU_DECISION_2018_1789", "2018-11-19", "LAS_MEMBER_STATES"));
        FundingFact ctbto = facts.stream().filter(f -> key(f.decision()).equals("EU_DECISION_2020_901")).findFirst().orElseThrow();
        assertThat(ctbto.amount()).isEqualByComparingTo("6280000");
        assertThat(key(ctbto.beneficiary())).isEqualTo("CTBTO_PREPCOM");
        assertThat(ctbto.since() + "/" + ctbto.until()).isEqualTo("2020/2023");
        assertThat(key(ctbto.funder())).isEqualTo("EU");
    }

    @Test
    void donorsListedInAFootnoteGiveToTheFundItsCallStandsBy() throws Exception {
        List<FundingFact> facts = funding(Corpus.file("001"));
        assertThat(facts).extracting(f -> key(f.funder()), f -> key(f.beneficiary()))
                .contains(tuple("DEU", "UNSCAR"), tuple("AUS", "UNSCAR"), tuple("FIN", "UNSCAR"), tuple("SVK", "UNSCAR"),
                        tuple("CZE", "UNSCAR"), tuple("DEU", "UNODA"), tuple("EU", "UNODA"));
        FundingFact unscar = facts.stream().filter(f -> key(f.funder()).equals("UNSCAR")).findFirst().orElseThrow();
        assertThat(unscar.amount()).isEqualByComparingTo("13500000");
        assertThat(unscar.currency()).isEqualTo("USD");
    }

    @Test
    void contributionsOfStatesWithAmountsAndNoDecision(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jp.txt");
        Files.writeString(file, """
                1. Le Japon a versé une contribution de 500 000 dollars au Centre régional des Nations Unies pour la paix et le désarmement en Afrique afin de soutenir la mise en œuvre du Programme d’action.

                2. Avec le soutien financier de la Norvège et des Pays-Bas, l’Institut des Nations Unies pour la recherche sur le désarmement a mené une étude.
                """);
        assertThat(funding(file)).extracting(f -> key(f.funder()), f -> key(f.beneficiary()),
                        f -> f.amount() == null ? "" : f.amount().toPlainString(), f -> key(f.purpose()))
                .containsExactlyInAnyOrder(tuple("JPN", "UNREC", "500000", "POA_SALW"), tuple("NOR", "UNIDIR", "", ""),
                        tuple("NLD", "UNIDIR", "", ""));
    }

    @Test
    void statesThatContributedToAFundNamedRightAfterTheVerb(@TempDir Path dir) throws Exception {
        // unscar page of UNODA: "ont contribué à l'UNSCAR"
        assertThat(Extracted.fromText(dir, "L’Allemagne, l’Australie, le Danemark et la Suisse ont contribué à "
                + "l’UNSCAR.\n", FundingFact.class))
                .extracting(f -> f.funder().key(), f -> f.beneficiary().key())
                .containsExactlyInAnyOrder(tuple("DEU", "UNSCAR"), tuple("AUS", "UNSCAR"),
                        tuple("DNK", "UNSCAR"), tuple("CHE", "UNSCAR"));
        // contributing to a meeting's success is no funding
        assertThat(Extracted.fromText(dir, "La France a contribué au succès de la Conférence du désarmement.\n",
                FundingFact.class)).isEmpty();
    }
}
