package org.w3id.dkg.loader.family.instrumentaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;

/** Instrument actions on real sentences of the corpus, each in a small reply or report of its own. */
class InstrumentActionExtractorTest {
    @TempDir
    Path dir;

    private List<InstrumentActionFact> actions(String text) throws Exception {
        return Extracted.fromText(dir, text, InstrumentActionFact.class);
    }

    private static String reply(String state, String body) {
        return Extracted.reply(state, body);
    }

    @Test
    void signatureAndDepositOfTheInstrumentOfRatificationCarryTheirDates() throws Exception {
        List<InstrumentActionFact> facts = actions(reply("Burkina Faso",
                " Ainsi, le Traité sur le commerce des armes adopté le 2 avril 2013 par l’Assemblée générale des Nations Unies "
                + "a été signé par le Burkina Faso le 3 juin 2013, et l’instrument de ratification a été déposé le 3 juin 2014."));
        assertThat(facts).extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action,
                InstrumentActionFact::date).containsExactlyInAnyOrder(
                        tuple("UNGA", "ATT", "adopted", "2013-04-02"),
                        tuple("BFA", "ATT", "signed", "2013-06-03"),
                        tuple("BFA", "ATT", "ratified", "2014-06-03"));
        assertThat(facts).allSatisfy(f -> assertThat(f.evidence().quote()).isNotBlank());
    }

    @Test
    void aStatePartyToAListOfInstrumentsIsPartyToEachButNotToTheConventionAProtocolSupplements() throws Exception {
        List<InstrumentActionFact> facts = actions(reply("Cuba",
                " En tant qu’État partie à la Convention sur les armes à sous-munitions, au Protocole contre la fabrication "
                + "et le trafic d’armes à feu, de leurs pièces, éléments et munitions, additionnel à la Convention des Nations "
                + "Unies contre la criminalité transnationale organisée et au Programme d’action en vue de prévenir, combattre "
                + "et éliminer le commerce illicite des armes légères sous tous ses aspects, Cuba s’acquitte de bonne foi des "
                + "obligations qu’elle a contractées."));
        assertThat(facts).extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .containsExactlyInAnyOrder(tuple("CUB", "CCM", "party"), tuple("CUB", "FIREARMS_PROTOCOL", "party"),
                        tuple("CUB", "POA_SALW", "party"));
    }

    @Test
    void depositaryPartySinceAYearAndAResolutionAdoptedByTheBodyItsNumberImplies() throws Exception {
        List<InstrumentActionFact> facts = actions(reply("Mexique",
                " Leur engagement s’est concrétisé en application du Traité visant l’interdiction des armes nucléaires en "
                + "Amérique latine et dans les Caraïbes (Traité de Tlatelolco), dont le Mexique est dépositaire.\n\n"
                + " À ce propos, le Mexique réaffirme également son engagement à mettre en œuvre ses obligations au titre du "
                + "Traité sur le commerce des armes, auquel il est partie depuis 2013.\n\n"
                + " Fruit de ces travaux, la résolution 2616 (2021) sur le trafic et le détournement d’armes a été adoptée "
                + "en décembre 2021."));
        assertThat(facts).extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action,
                InstrumentActionFact::date).contains(
                        tuple("MEX", "TLATELOLCO", "depositary", ""),
                        tuple("MEX", "ATT", "party", "2013"),
                        tuple("MEX", "ATT", "implements", ""),
                        tuple("UNSC", "UNSCR_2616", "adopted", "2021-12"));
    }

    @Test
    void statementsAboutTheMemberStatesOfTheUnionStayAboutTheGroup() throws Exception {
        List<InstrumentActionFact> facts = actions("  III. Réponse reçue de l’Union européenne\n\n[Original : anglais]\n\n"
                + "[31 mai 2022]\n\n16. Les États membres de l’Union européenne sont parties au Traité « Ciel ouvert » et au "
                + "Traité sur les forces armées conventionnelles en Europe et respectent les dispositions politiquement "
                + "contraignantes du Document de Vienne 2011 sur les mesures de confiance et de sécurité.\n");
        assertThat(facts).extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .containsExactlyInAnyOrder(tuple("EU_MEMBER_STATES", "OPEN_SKIES", "party"),
                        tuple("EU_MEMBER_STATES", "CFE", "party"),
                        tuple("EU_MEMBER_STATES", "VIENNA_DOCUMENT_2011", "implements"));
    }

    @Test
    void theAssemblyAdoptsWhatItCallsItsResolutionAndBodiesPromoteWhatTheySupport() throws Exception {
        List<InstrumentActionFact> facts = actions("  I. Introduction\n\n1. Le 2 décembre 2011, l’Assemblée générale a "
                + "adopté la résolution 66/32, intitulée « Promotion du multilatéralisme ».\n\n"
                + "2. L’Union européenne ne cesse d’appuyer et de promouvoir le Code de conduite de La Haye contre la "
                + "prolifération des missiles balistiques, seul instrument multilatéral de transparence.\n");
        assertThat(facts).extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action,
                InstrumentActionFact::date).containsExactlyInAnyOrder(
                        tuple("UNGA", "UNGA_RES_66_32", "adopted", "2011-12-02"),
                        tuple("EU", "HCOC", "promotes", ""));
    }

    @Test
    void reportsOnInstrumentsNamedBeforeAndPursuantToAnOasResolution() throws Exception {
        // 000, Mexico's reply: "ces conventions" stand for the two conventions of the sentence before, and
        // the OAS resolution "AG/RES. 2970 (LI-O/21)" is one instrument, not the end of a sentence.
        List<InstrumentActionFact> facts = actions(reply("Mexique",
                " À cet égard, le Mexique réitère son soutien et s’acquitte pleinement des obligations qui lui incombent en vertu "
                + "de la Convention sur les armes chimiques, ainsi que de la Convention sur les armes biologiques. Dans le cadre "
                + "de ces conventions relatives au désarmement, le Mexique a présenté ses rapports nationaux dans les délais impartis.\n\n"
                + " En juin 2022, le Mexique a présenté à l’OEA son rapport de 2021 concernant les mesures de confiance et de "
                + "sécurité, en conformité avec l’article 19 de la résolution AG/RES. 2970 (LI-O/21), intitulée « Promotion de "
                + "la sécurité sur le continent : un processus multidimensionnel »."));
        assertThat(facts).filteredOn(f -> f.action().equals("submitted_report"))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::date)
                .containsExactlyInAnyOrder(tuple("MEX", "CWC", ""), tuple("MEX", "BWC", ""),
                        tuple("MEX", "OAS_AG_RES_2970", "2022-06"));
    }

    @Test
    void anOrganisationAdoptsDecisionsListedAfterTelsQueAndACommissionItsOwnResolution() throws Exception {
        // 000, Spain's reply; 001, paragraph 38.
        List<InstrumentActionFact> facts = actions(reply("Espagne",
                " L’OSCE a adopté d’autres documents visant à renforcer les mesures de confiance et de sécurité, tels que la "
                + "Décision no 1106 de 2013 adoptée par le Conseil permanent sur les mesures de confiance et de sécurité dans le "
                + "domaine de la cybersécurité, ou encore la Décision no 1202 de 2016 sur les mesures de confiance de l’OSCE.\n\n"
                + " La Commission des stupéfiants, créée par le Conseil économique et social, a adopté à sa soixante-cinquième "
                + "session la résolution 65/4, intitulée « Renforcer la coopération internationale »."));
        assertThat(facts).extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .containsExactlyInAnyOrder(tuple("OSCE", "OSCE_PC_DECISION_1106", "adopted"),
                        tuple("OSCE", "OSCE_PC_DECISION_1202", "adopted"), tuple("CND", "CND_RES_65_4", "adopted"));
    }

    @Test
    void memberStatesRatifyingAnInstrumentNamedBeforeStayAGroup() throws Exception {
        // 000, the European Union's reply.
        List<InstrumentActionFact> facts = actions(reply("Union européenne",
                " Le Traité d’interdiction complète des essais nucléaires est un élément essentiel du régime. Tous les États "
                + "membres de l’Union européenne ont fait montre de leur attachement au Traité en le ratifiant et en respectant "
                + "ses obligations fondamentales. Elle ne cesse de promouvoir les avantages du Traité et sa contribution à la paix."));
        assertThat(facts).extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .contains(tuple("EU_MEMBER_STATES", "CTBT", "ratified"), tuple("EU", "CTBT", "promotes"));
    }
}
