package org.w3id.dkg.loader.recognising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.linking.EntityRegistry;

class BackReferenceResolverTest {
    private static final EntityRecogniser RECOGNISER = new EntityRecogniser(EntityRegistry.loadDefault());
    private final BackReferenceResolver resolver = new BackReferenceResolver();

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
}
