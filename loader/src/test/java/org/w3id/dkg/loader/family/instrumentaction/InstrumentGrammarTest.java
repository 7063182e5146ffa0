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

    @Test
    void theAgentsOfAPredicateListedAfterANounDidWhatTheNounSays(@TempDir Path dir) throws Exception {
        // press.un.org/fr/2014/cd3502.doc.htm: "huit des signataires, à savoir ..." signed the Treaty, at no date the
        // sentence gives (its opening date is that of the deposit)
        assertThat(actions(dir, "Le 3 juin 2014, huit des signataires, à savoir l’Australie, l’Autriche et les Samoa ont déposé "
                + "conjointement leurs instruments respectifs de ratification du Traité sur le commerce des armes."))
                .filteredOn(f -> f.action().equals("signed"))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::date)
                .containsExactlyInAnyOrder(tuple("AUS", "ATT", ""), tuple("AUT", "ATT", ""), tuple("WSM", "ATT", ""));
        // a paraphrase: other States, "parmi les signataires ... notamment", the instrument named before
        assertThat(actions(dir, "Le Traité sur le commerce des armes compte de nombreux appuis parmi les signataires, notamment "
                + "le Ghana et le Kenya."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .containsExactlyInAnyOrder(tuple("GHA", "ATT", "signed"), tuple("KEN", "ATT", "signed"));
    }

    @Test
    void aDepositNamedAsANounIsADepositByTheStatesBeforeIt(@TempDir Path dir) throws Exception {
        // franceonu.org, joint press release of 2 April 2014
        assertThat(actions(dir, "Communiqué de presse commun de l’Allemagne, de la Bulgarie, de la Croatie et de la Slovénie, à "
                + "l’occasion du dépôt de leurs instruments de ratification du traité sur le commerce des armes."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .containsExactlyInAnyOrder(tuple("DEU", "ATT", "ratified"), tuple("BGR", "ATT", "ratified"),
                        tuple("HRV", "ATT", "ratified"), tuple("SVN", "ATT", "ratified"));
        // a paraphrase with another deposit: accession
        assertThat(actions(dir, "La France et l’Espagne se sont félicitées, lors du dépôt de leurs instruments d’adhésion au Traité "
                + "sur le commerce des armes, de cette avancée."))
                .extracting(f -> f.actor().key(), InstrumentActionFact::action)
                .containsExactlyInAnyOrder(tuple("FRA", "acceded"), tuple("ESP", "acceded"));
    }

    @Test
    void theDepositOfAnInstrumentByAStateOrThatOfAState(@TempDir Path dir) throws Exception {
        // a UN Geneva note on the Pelindaba Treaty: "celui du Burundi"
        assertThat(actions(dir, "Treize ans après avoir été ouvert à la signature, le Traité de Pelindaba entre enfin en vigueur "
                + "avec le vingt-huitième dépôt d’un instrument de ratification, celui du Burundi le 15 juillet 2009."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action, InstrumentActionFact::date)
                .containsExactly(tuple("BDI", "PELINDABA", "ratified", "2009-07-15"));
        // "par" instead of "celui de"
        assertThat(actions(dir, "Le Traité sur le commerce des armes est entré en vigueur avec le dépôt du cinquantième "
                + "instrument de ratification par l’Argentine le 25 septembre 2014."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action, InstrumentActionFact::date)
                .containsExactly(tuple("ARG", "ATT", "ratified", "2014-09-25"));
    }

    @Test
    void anActAdoptedWithoutANamedAdopterIsAdoptedByTheBodyItsKeyImplies(@TempDir Path dir) throws Exception {
        // an EU Council joint action: the adopter is written "le CSNU", which no registry names
        assertThat(actions(dir, "Le 28 avril 2004, le CSNU a adopté à l’unanimité sa résolution 1540, qui est le premier "
                + "instrument international portant sur les armes de destruction massive."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action, InstrumentActionFact::date)
                .containsExactly(tuple("UNSC", "UNSCR_1540", "adopted", "2004-04-28"));
        // another body named just before the verb: its adoption is not the Council's
        assertThat(actions(dir, "L’Assemblée générale a adopté la résolution 1540 (2004)."))
                .extracting(f -> f.actor().key()).doesNotContain("UNSC");
    }

    @Test
    void aParticipleAfterTheInstrumentNamesItsActorAfterPar(@TempDir Path dir) throws Exception {
        assertThat(actions(dir, "Les États sont tenus d’appliquer la résolution 1540 (2004), adoptée à l’unanimité par le Conseil "
                + "de sécurité le 28 avril 2004."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action)
                .contains(tuple("UNSC", "UNSCR_1540", "adopted"));
        assertThat(actions(dir, "Le Traité sur le commerce des armes, ratifié par la France le 2 avril 2014, est entré en vigueur."))
                .extracting(f -> f.actor().key(), f -> f.instrument().key(), InstrumentActionFact::action, InstrumentActionFact::date)
                .containsExactly(tuple("FRA", "ATT", "ratified", "2014-04-02"));
    }
}
