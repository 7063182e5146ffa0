package org.w3id.dkg.loader.extracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.family.instrumentaction.InstrumentActionFact;

/** A list that goes on past its sentence, as bulleted lines after a colon, is read whole by one rule. */
class ContinuedSentencesTest {
    @Test
    void bulletedStatesAfterAColonAreTheListOfTheSentenceBefore(@TempDir Path dir) throws Exception {
        // an ECOWAS page on its small arms convention, with a Treaty the registry knows in place of the Convention
        String text = "Les Etats membres suivants ont déjà ratifié le Traité sur le commerce des armes :\n\n• le Bénin\n\n• le Mali"
                + "\n\n• le Niger\n\nLe Traité est entré en vigueur en 2014.\n";
        assertThat(Extracted.fromText(dir, text, InstrumentActionFact.class))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .containsExactlyInAnyOrder(tuple("BEN", "ATT", "ratified"), tuple("MLI", "ATT", "ratified"), tuple("NER", "ATT", "ratified"));
    }

    @Test
    void aParagraphAfterTheListEndsIt(@TempDir Path dir) throws Exception {
        // the sentence after the list names another State: it is no item of the list
        String text = "Les Etats membres suivants ont déjà ratifié le Traité sur le commerce des armes :\n\n• le Bénin\n\n"
                + "La France a salué cette ratification, qui est intervenue après un long débat au Parlement du Bénin.\n";
        assertThat(Extracted.fromText(dir, text, InstrumentActionFact.class))
                .extracting(f -> f.actor().key()).containsExactly("BEN");
    }
}
