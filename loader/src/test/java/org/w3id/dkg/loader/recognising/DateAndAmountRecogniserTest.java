package org.w3id.dkg.loader.recognising;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.language.fr.French;

/** Dates and amounts as the reports write them; every example is a phrase of the corpus. */
class DateAndAmountRecogniserTest {
    private final DateRecogniser dates = new DateRecogniser(new French());
    private final AmountRecogniser amounts = new AmountRecogniser(new French());

    private String dates(String text) {
        return String.join(" ", dates.recognise(text).stream()
                .map(d -> text.substring(d.start(), d.end()) + "=" + d.begin() + "/" + d.last() + "/" + d.qualifier()).toList());
    }

    @Test
    void readsDaysMonthsYearsAndPeriods() {
        assertThat(dates("a été signé par le Burkina Faso le 3 juin 2013, et l’instrument"))
                .isEqualTo("3 juin 2013=2013-06-03/2013-06-03/on");
        assertThat(dates("[1er juin 2012]")).isEqualTo("1er juin 2012=2012-06-01/2012-06-01/on");
        assertThat(dates("se sont réunis à Kiev les 2 et 3 novembre 2017 pour débattre"))
                .isEqualTo("2 et 3 novembre 2017=2017-11-02/2017-11-03/range");
        assertThat(dates("New York, 14-18 juin 2010")).isEqualTo("14-18 juin 2010=2010-06-14/2010-06-18/range");
        assertThat(dates("En octobre 2021, l’Espagne a mené une inspection"))
                .isEqualTo("En octobre 2021=2021-10/2021-10/on");
        assertThat(dates("préside ledit groupe de travail depuis septembre 2021"))
                .isEqualTo("depuis septembre 2021=2021-09//since");
        assertThat(dates("Conférence de Madrid, qui a eu lieu de 1980 à 1983")).isEqualTo("de 1980 à 1983=1980/1983/range");
        assertThat(dates("Programme (2020-2023)")).isEqualTo("(2020-2023)=2020/2023/range");
        assertThat(dates("a présidé le groupe de travail informel en 2020 et 2021"))
                .isEqualTo("en 2020 et 2021=2020/2021/range");
        assertThat(dates("En septembre, octobre et novembre 2021, le Conseil de sécurité a tenu des discussions ciblées"))
                .isEqualTo("En septembre, octobre et novembre 2021=2021-09/2021-11/range");
        assertThat(dates("de mars à mai 2020")).isEqualTo("de mars à mai 2020=2020-03/2020-05/range");
        assertThat(dates("fin 2017")).isEqualTo("fin 2017=2017/2017/on");
        // At the start of a sentence too: "Depuis" opens a period as "depuis" does.
        assertThat(dates("Depuis 2013, le Mexique est partie au Traité")).isEqualTo("Depuis 2013=2013//since");
        assertThat(dates("Depuis Septembre 2021")).isEqualTo("Depuis Septembre 2021=2021-09//since");
    }

    @Test
    void aMonthWithoutItsYearTakesTheYearOfTheDateBeforeItInTheSameParagraph() {
        // 000, Spain's reply.
        assertThat(dates("En octobre 2021, l’Espagne a mené une inspection à Chypre. Elle a également participé à des "
                + "inspections de la Slovénie à la Suisse en juin et de la Belgique à la Finlande en novembre."))
                .isEqualTo("En octobre 2021=2021-10/2021-10/on en juin=2021-06/2021-06/on en novembre=2021-11/2021-11/on");
        // No date before it in the paragraph: not a date.
        assertThat(dates("En octobre 2021, une inspection.\nLa réunion a lieu en juin.")).isEqualTo("En octobre 2021=2021-10/2021-10/on");
        assertThat(dates("Le rapport sera publié en juin.")).isEmpty();
    }

    @Test
    void aDayWithoutItsYearTakesTheYearOfTheDateBeforeItInTheSameParagraph() {
        // UNLIREC press release (fixtures/real/fr/dev fd19), shortened: a training "du 17 au 28 juin" after a 2013 date
        assertThat(dates("Le centre a été inauguré le 28 juin 2013. L’UNLIREC a organisé une session de formation du 17 au 28 juin."))
                .isEqualTo("28 juin 2013=2013-06-28/2013-06-28/on du 17 au 28 juin=2013-06-17/2013-06-28/range");
        assertThat(dates("Le 3 mai 2016, la Conférence s’est réunie. La séance suivante aura lieu le mardi 24 mai."))
                .isEqualTo("3 mai 2016=2016-05-03/2016-05-03/on mardi 24 mai=2016-05-24/2016-05-24/on");
        // without a date before it in its paragraph, a day is no date: its year is unknown
        assertThat(dates("La première séance plénière aura lieu le mardi 24 janvier à 10 heures.")).isEmpty();
    }

    @Test
    void aNumberAloneIsNotADate() {
        assertThat(dates("la décision (PESC) 2019/2108 du Conseil")).isEmpty();
        assertThat(dates("plus de 2020 armes")).isEmpty();
    }

    @Test
    void readsAmountsWithTheirCurrencyAndHedge() {
        AmountMention m = amounts.recognise("l’allocation d’un montant de 2,7 millions d’euros sur une période").get(0);
        assertThat(m.value()).isEqualByComparingTo(new BigDecimal("2700000"));
        assertThat(m.currency()).isEqualTo("EUR");
        AmountMention hedged = amounts.recognise("qui s’élève à un peu plus de 8 millions d’euros.").get(0);
        assertThat(hedged.value()).isEqualByComparingTo(new BigDecimal("8000000"));
        assertThat(hedged.hedge()).isEqualTo("un peu plus de");
        assertThat(amounts.recognise("un montant de 13,5 millions de dollars").get(0).currency()).isEqualTo("USD");
        assertThat(amounts.recognise("un budget de 500 000 euros").get(0).value()).isEqualByComparingTo(new BigDecimal("500000"));
        assertThat(amounts.recognise("6,28 millions d’euros").get(0).value()).isEqualByComparingTo(new BigDecimal("6280000"));
    }
}
