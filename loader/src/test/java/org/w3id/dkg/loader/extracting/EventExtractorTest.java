package org.w3id.dkg.loader.extracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Corpus;
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
}
