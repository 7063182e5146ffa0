package org.w3id.dkg.loader.recognising;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.language.fr.French;
import org.w3id.dkg.loader.linking.EntityRegistry;

class BackReferenceResolverTest {
    private static final EntityRecogniser RECOGNISER = new EntityRecogniser(EntityRegistry.loadDefault());
    private final BackReferenceResolver resolver = new BackReferenceResolver(new French());

    private List<String> references(String text) {
        return resolver.resolve(text, RECOGNISER.recognise(text)).stream()
                .filter(m -> m.form().equals("reference")).map(m -> m.surface() + "=" + m.entity().key()).toList();
    }

    @Test
    void aDefiniteShortNameIsTheInstrumentOfThatKindNamedLast() {
        // 000, Burkina Faso's reply.
        assertThat(references("la loi portant mise en œuvre du Traité sur le commerce des armes au Burkina Faso a été adoptée. "
                + "En d’autres termes, le Burkina Faso applique les dispositions du Traité en matière de transfert d’armes."))
                .containsExactly("du Traité=ATT");
    }

    @Test
    void aFullNameIsNotABackReferenceAndNothingIsGuessedWithoutAnAntecedent() {
        assertThat(references("Le Traité sur la non-prolifération des armes nucléaires est la pierre angulaire du régime.")).isEmpty();
        assertThat(references("La Convention a été ratifiée.")).isEmpty();
        // The antecedent must be of the same kind: a treaty does not answer for "la Convention".
        assertThat(references("Le Traité sur le commerce des armes est entré en vigueur. La Convention a été ratifiée.")).isEmpty();
    }

    @Test
    void aDemonstrativeWithALowerCaseNounIsTheOrganisationWhoseNameHoldsIt() {
        // 000, Mexico's reply.
        assertThat(references("le Mexique participe au Groupe de travail sur la coopération et les mesures de confiance dans "
                + "le cyberespace. Il convient de souligner que le Mexique préside ledit groupe de travail depuis 2021."))
                .containsExactly("ledit groupe de travail=OAS_WG_CYBER_CBM");
    }

    @Test
    void aCapitalisedDefiniteNounIsTheOrganisationWhoseNameStartsWithIt() {
        // 001: "L'Assemblée y souligne" after the General Assembly's resolution.
        assertThat(references("Dans sa résolution 76/232, l’Assemblée générale a pris note du rapport. L’Assemblée y souligne "
                + "en outre que la coopération demeure essentielle."))
                .containsExactly("L’Assemblée=UNGA");
        assertThat(references("Le Bureau des affaires de désarmement a organisé un atelier régional à Lomé. "
                + "Le Bureau a participé à la réunion annuelle des directeurs."))
                .containsExactly("Le Bureau=UNODA");
        // "le Conseil" is left alone: several councils are named in the same reports.
        assertThat(references("Le Conseil de sécurité a adopté la résolution 2616 (2021). Le Conseil a ensuite tenu un débat.")).isEmpty();
    }

    @Test
    void aPluralReferenceStandsForEveryInstrumentOfThatKindInTheSentenceNamingTheNearest() {
        // 000, Mexico's reply: "ces conventions" are the chemical and biological weapons conventions of the sentence before.
        assertThat(references("le Mexique s’acquitte pleinement des obligations qui lui incombent en vertu de la Convention sur "
                + "les armes chimiques, ainsi que de la Convention sur les armes biologiques. Dans le cadre de ces "
                + "conventions relatives au désarmement, le Mexique a présenté ses rapports nationaux."))
                .containsExactly("de ces conventions=CWC", "de ces conventions=BWC");
        // One antecedent is not enough for a plural.
        assertThat(references("Le Mexique est partie à la Convention sur les armes à sous-munitions. Ces conventions sont utiles.")).isEmpty();
    }

    @Test
    void aPossessiveBeforeWhatIsDoneWithAnInstrumentIsTheInstrumentJustNamed() {
        // 000, the European Union's reply.
        assertThat(references("En 2021, fidèle à son engagement de longue date en faveur du Traité sur le commerce des armes, "
                + "l’Union européenne a continué à promouvoir son universalisation et sa mise en œuvre effective."))
                .containsExactly("son universalisation=ATT", "sa mise en œuvre=ATT");
        // Too far back: nothing.
        assertThat(references("Le Traité sur le commerce des armes est entré en vigueur en 2014. " + "Les États ont débattu. ".repeat(30)
                + "Son application reste inégale.")).isEmpty();
    }
}
