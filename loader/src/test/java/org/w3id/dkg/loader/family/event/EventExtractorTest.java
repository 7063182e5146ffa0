package org.w3id.dkg.loader.family.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.linking.EntityKind;

class EventExtractorTest {
    static List<EventFact> events(Path file) throws Exception {
        return Extracted.from(file, EventFact.class);
    }

    @Test
    void theKyivWorkshopHasItsKeyDatesAndPlace() throws Exception {
        List<EventFact> found = events(Corpus.file("004"));
        assertThat(found).extracting(f -> f.event().key(), EventFact::start, EventFact::end)
                .contains(tuple("KYIV_1540_WORKSHOP_2017", "2017-11-02", "2017-11-03"));
        assertThat(found).allMatch(f -> f.event().kind() == EntityKind.EVENT);
    }

    @Test
    void numberedMeetingsOfASeries() throws Exception {
        assertThat(events(Corpus.file("001"))).extracting(f -> f.event().key(), EventFact::start)
                .contains(tuple("BMS7_POA_SALW", "2021-07"), tuple("BMS8_POA_SALW", "2022"), tuple("UNGA_SESSION_77", ""));
    }

    @Test
    void aHostedMeetingElsewhere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reply.txt");
        Files.writeString(file, """
                  Pologne
                [Original : anglais]
                [2 mai 2023]
                1. La Pologne a accueilli à Varsovie, du 3 au 5 mars 2021, un séminaire sur le marquage des armes, auquel ont participé la Lituanie et la Lettonie.
                """);
        assertThat(events(file)).extracting(f -> f.event().key(), EventFact::start, EventFact::end, EventFact::place)
                .containsExactly(tuple("WARSAW_MARKING_SEMINAR_2021", "2021-03-03", "2021-03-05", "Varsovie"));
    }

    @Test
    void aSummitNamedByItsOrdinalOnTheOccasionOfWhichAnActWasSigned() throws Exception {
        // "les Chefs d'États et de gouvernement de la CELAC aient signé cette déclaration à La Havane,
        // à l'occasion de son deuxième Sommet, en janvier 2014"; "issue du Conseil ministériel de Hambourg de 2016"
        assertThat(events(Corpus.file("000"))).extracting(f -> f.event().key(), EventFact::start, EventFact::place)
                .contains(tuple("CELAC_SUMMIT_2_2014", "2014-01", "La Havane"),
                        tuple("HAMBURG_MINISTERIAL_COUNCIL_2016", "2016", "Hambourg"));
    }

    @Test
    void talksHeldCampaignsJoinedExpertsMetAndActivitiesInAFramework() throws Exception {
        List<EventFact> found = events(Corpus.file("001"));
        // "En septembre, octobre et novembre 2021, le Conseil de sécurité a tenu des discussions ciblées sur les armes légères"
        assertThat(found).filteredOn(f -> f.start().equals("2021-09")).singleElement()
                .satisfies(f -> {
                    assertThat(f.end()).isEqualTo("2021-11");
                    assertThat(f.organisers()).extracting(e -> e.key()).containsExactly("UNSC");
                });
        // "En novembre 2021, le Bureau des affaires de désarmement s'est joint à la campagne internationale ..."
        assertThat(found).filteredOn(f -> f.start().equals("2021-11")).singleElement()
                .satisfies(f -> assertThat(f.participants()).extracting(e -> e.key()).containsExactly("UNODA"));
        // "En décembre 2021, des experts réunis dans le cadre d'une communauté de pratique ont conclu"
        assertThat(found).extracting(f -> f.event().key(), EventFact::start).contains(tuple("EXPERTS_MEETING_2021", "2021-12"));
        // "En 2021, le Bureau ... a appuyé les activités menées dans le cadre du Mois de l'amnistie à Madagascar, au Niger et en Ouganda"
        assertThat(found).filteredOn(f -> f.event().key().equals("AMNESTY_MONTH_2021")).singleElement()
                .satisfies(f -> assertThat(f.participants()).extracting(e -> e.key()).containsExactlyInAnyOrder("MDG", "NER", "UGA"));
    }

    @Test
    void aNumberedMeetingDatedInParenthesesAtTheEndOfTheSentence() throws Exception {
        // "À sa trentième réunion ministérielle, le Comité consultatif permanent ... a conclu les négociations ... (30 avril 2010)"
        assertThat(events(Corpus.file("003"))).extracting(f -> f.event().key(), EventFact::start)
                .contains(tuple("UNSAC_MINISTERIAL_30_2010", "2010-04-30"));
    }
}
