package org.w3id.dkg.loader.recognising;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.language.en.English;
import org.w3id.dkg.loader.language.fr.French;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.linking.MintedEntities;

class OpenWorldRecogniserTest {
    private static final EntityRegistry REGISTRY = EntityRegistry.loadDefault();
    private static final EntityRecogniser RECOGNISER = new EntityRecogniser(REGISTRY);
    private static final OpenWorldRecogniser FRENCH = new OpenWorldRecogniser(new French(), new MintedEntities(REGISTRY));
    private static final OpenWorldRecogniser ENGLISH = new OpenWorldRecogniser(new English(), new MintedEntities(REGISTRY));

    private static List<String> minted(OpenWorldRecogniser r, String text) {
        return r.recognise(text, RECOGNISER.recognise(text)).stream().filter(m -> MintedEntities.isMinted(m.entity()))
                .map(m -> m.surface() + "=" + m.entity().key() + (m.entity().parentKey().isEmpty() ? "" : "<" + m.entity().parentKey()))
                .toList();
    }

    @Test
    void anAcronymDefinitionMintsTheAcronymAndLaterUsesNameTheSameEntity() {
        // real-texts r15 (Togo, a destruction ceremony)
        assertThat(minted(FRENCH, "en présence du président de la Commission nationale togolaise des armes légères (CNLPAL), "
                + "le Colonel Toyi Assiah. La CNLPAL a organisé la cérémonie."))
                .containsExactly("Commission nationale togolaise des armes légères (CNLPAL)=CNLPAL", "CNLPAL=CNLPAL");
    }

    @Test
    void theSameAcronymGivesTheSameKeyInEnglishAndFrench() {
        String fr = "le Comité consultatif permanent des Nations Unies chargé des questions de sécurité en Afrique centrale (UNSAC) s'est réuni.";
        String en = "the United Nations Standing Advisory Committee on Security Questions in Central Africa (UNSAC) met.";
        assertThat(keyOf(FRENCH, fr, "Comité consultatif")).isEqualTo(keyOf(ENGLISH, en, "Standing Advisory")).isEqualTo("UNSAC");
    }

    private static String keyOf(OpenWorldRecogniser r, String text, String words) {
        return r.recognise(text, RECOGNISER.recognise(text)).stream().filter(m -> m.surface().contains(words))
                .map(m -> m.entity().key()).findFirst().orElse("");
    }

    @Test
    void aRunOfCapitalisedWordsDefinesAnAcronymWhenItStartsWithItsLetter() {
        // real-texts r13
        assertThat(minted(FRENCH, "y compris les Parlementaires pour la Non-Prolifération Nucléaire et le Désarmement (PNND), le Groupe "
                + "de Recherche et d’Information sur la Paix et la Sécurité (GRIP) et"))
                .containsExactly("Parlementaires pour la Non-Prolifération Nucléaire et le Désarmement (PNND)=PNND",
                        "Groupe de Recherche et d’Information sur la Paix et la Sécurité (GRIP)=GRIP");
    }

    @Test
    void aHeadWithAProperNameComplementIsANameAndAHeadAloneIsNot() {
        // real-texts r05
        assertThat(minted(FRENCH, "Pérou (au nom de neuf pays membres du Groupe de Lima), Venezuela"))
                .containsExactly("Groupe de Lima=GROUPE_DE_LIMA");
        assertThat(minted(FRENCH, "Le Comité a pris note des efforts de la France. La Commission prend note des efforts du Mali.")).isEmpty();
        assertThat(minted(FRENCH, "Le Conseil permanent a adopté la décision.")).isEmpty();
        assertThat(minted(ENGLISH, "The Committee noted the efforts of Germany. The Regional Centre organised it.")).isEmpty();
    }

    @Test
    void anOrganisationInAGenitiveComplementIsTheParentAndAStateAfterAPlaceConnectorEndsTheName() {
        assertThat(minted(FRENCH, "la présidente du Comité du Conseil de sécurité créé par la résolution 2374"))
                .containsExactly("Comité du Conseil de sécurité=COMITE_DU_CONSEIL_DE_SECURITE<UNSC");
        // real-texts r13
        assertThat(minted(FRENCH, "Cet événement marquant est le résultat d’efforts communs de l’Institut d’Etudes de Sécurité de "
                + "Pretoria en Afrique du Sud et du James Martin Center for Nonproliferation Studies basé à Monterey"))
                .containsExactly("Institut d’Etudes de Sécurité de Pretoria=INSTITUT_ETUDES_DE_SECURITE_DE_PRETORIA");
    }

    @Test
    void aLineInTitleCaseGivesNoEvidenceOfNames() {
        // the menu of an OAS page (en dev ed04) and the same words in running text
        assertThat(minted(ENGLISH, "Secretary for Legal Affairs Office of Legal Cooperation Search Español")).isEmpty();
        assertThat(minted(ENGLISH, "the report was sent to the Committee on Hemispheric Security, which adopted it."))
                .containsExactly("Committee on Hemispheric Security=COMMITTEE_ON_HEMISPHERIC_SECURITY");
    }

    @Test
    void theRegistryStaysTheAuthority() {
        // real-texts r06: UNODA is a registry acronym, so its long form links to the registry entity
        String text = "le Bureau des affaires de désarmement des Nations Unies (UNODA) a aidé les autorités";
        assertThat(FRENCH.recognise(text, RECOGNISER.recognise(text)).stream().map(m -> m.entity().key()))
                .contains("UNODA").noneMatch(k -> k.startsWith("BUREAU"));
    }

    @Test
    void aShortNameGivenByHereinafterNamesTheEntityAfterwards() {
        assertThat(minted(FRENCH, "le Centre régional de formation de Lomé (ci-après dénommé « le Centre ») a été créé. "
                + "Le directeur du Centre a signé."))
                .containsExactly("Centre régional de formation de Lomé=CENTRE_REGIONAL_DE_FORMATION_DE_LOME",
                        "Centre=CENTRE_REGIONAL_DE_FORMATION_DE_LOME");
    }

    @Test
    void anEnglishShortNameGivenByHereinafterNamesTheEntityAfterwards() {
        assertThat(minted(ENGLISH, "the Standing Advisory Committee on Security Questions in Central Africa (hereinafter referred to "
                + "as “the Committee”) met in Kinshasa. The members of the Committee adopted the report."))
                // a key keeps the whole words of the name that fit in 64 characters
                .containsExactly("Standing Advisory Committee on Security Questions in Central Africa="
                        + "STANDING_ADVISORY_COMMITTEE_ON_SECURITY_QUESTIONS_IN_CENTRAL", "Committee="
                        + "STANDING_ADVISORY_COMMITTEE_ON_SECURITY_QUESTIONS_IN_CENTRAL");
    }

    @Test
    void aLongerFormOfARegistryNameIsTheRegistryEntityNotAMintedOne() {
        // dev text fd15 (ECOWAS): the registry knows the convention by a shorter form of this name
        String text = "La Convention de la CEDEAO sur les Armes Légères et de Petit Calibre, leurs Munitions et Autres Matériels "
                + "Connexes adoptée le 14 juin 2006 à Abuja est entrée en vigueur.";
        assertThat(minted(FRENCH, text)).isEmpty();
        assertThat(keyOf(FRENCH, text, "Convention de la CEDEAO")).isEqualTo("ECOWAS_SALW_CONVENTION");
    }
}
