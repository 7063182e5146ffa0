package org.w3id.dkg.loader.family.instrumentaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.extracting.FactPattern;
import org.w3id.dkg.loader.extracting.FactPatterns;
import org.w3id.dkg.loader.language.fr.French;

/**
 * The constructions of instrument-grammar.fr.tsv, filled with the predicates of predicates.fr.tsv, on sentences of
 * real French texts (UN press releases and a French government statement of the shared development set).
 */
class InstrumentGrammarTest {
    static List<InstrumentActionFact> actions(Path dir, String text) throws Exception {
        return Extracted.fromText(dir, text + "\n", InstrumentActionFact.class);
    }

    @Test
    void oneTemplateIsWrittenOnceForEveryPredicateThatHasItsForms() {
        French fr = new French();
        List<FactPattern> rules = FactPatterns.grammar(fr, fr.rules(InstrumentActionFamily.class, "instrument-grammar"),
                fr.rules(InstrumentActionFamily.class, "predicates"));
        assertThat(rules).extracting(FactPattern::id).contains("grammar.active.signed", "grammar.active.ratified",
                "grammar.active.adopted", "grammar.nominal-by.ratified", "grammar.deposit.ratified", "grammar.deposit.acceded")
                // "signé" has no instrument of its own to deposit, "adhéré" no passive
                .doesNotContain("grammar.deposit.signed", "grammar.passive.acceded");
        assertThat(rules).allMatch(r -> !r.get("action").isEmpty());
    }

    @Test
    void aListOfStatesAfterAnAppositionDepositsItsInstrumentsOfRatification(@TempDir Path dir) throws Exception {
        // press.un.org/fr/2014/cd3502.doc.htm
        assertThat(actions(dir, "Le 3 juin 2014, huit des signataires, à savoir l’Australie, l’Autriche, la Belgique, le Burkina "
                + "Faso, la Jamaïque, le Luxembourg, Saint-Vincent-et-les Grenadines et les Samoa ont déposé conjointement leurs "
                + "instruments respectifs de ratification du Traité sur le commerce des armes lors d’un événement tenu au Siège."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .contains(tuple("AUS", "ATT", "ratified"), tuple("BFA", "ATT", "ratified"), tuple("WSM", "ATT", "ratified"),
                        tuple("VCT", "ATT", "ratified"));
    }

    @Test
    void coordinatedVerbsGiveOneFactPerVerbAndPerState(@TempDir Path dir) throws Exception {
        // a UN Geneva summary on the Pelindaba Treaty; its "ces Protocoles" is written here by name
        assertThat(actions(dir, "A ce jour, le Royaume-Uni, la France et la Chine ont signé et ratifié le Traité sur une zone "
                + "exempte d'armes nucléaires en Afrique."))
                .extracting(f -> f.actor().key(), InstrumentActionFact::action)
                .contains(tuple("GBR", "signed"), tuple("GBR", "ratified"), tuple("CHN", "signed"), tuple("FRA", "ratified"));
    }

    @Test
    void aNominalisationNamesItsActorAfterPar(@TempDir Path dir) throws Exception {
        // www.diplomatie.gouv.fr, on Indonesia's CTBT ratification
        assertThat(actions(dir, "La France salue la ratification par l’Indonésie du Traité d’interdiction complète des essais "
                + "nucléaires (TICE), qui porte désormais à 156 le nombre d’Etats parties au Traité."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .contains(tuple("IDN", "CTBT", "ratified"))
                .doesNotContain(tuple("FRA", "CTBT", "ratified"));
    }
}
