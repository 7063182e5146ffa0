package org.w3id.dkg.loader.segmenting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.language.fr.French;
import org.w3id.dkg.loader.reading.DocumentReader;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter(new French());

    static List<Path> corpusFiles() {
        return Corpus.files();
    }

    private SegmentedDocument segment(String prefix) {
        return segmenter.segment(Corpus.read(prefix));
    }

    private static String slice(SegmentedDocument d, Span s) {
        return d.text().text().substring(s.start(), s.end());
    }

    @Test
    void repliesOfTheConfidenceBuildingReport() {
        SegmentedDocument d = segment("000_");
        assertThat(d.replies()).extracting(ReplyBlock::heading, ReplyBlock::dateText, ReplyBlock::language)
                .containsExactly(
                        tuple("Burkina Faso", "31 mai 2022", "français"),
                        tuple("Cuba", "30 mai 2022", "espagnol"),
                        tuple("Espagne", "31 mai 2022", "espagnol"),
                        tuple("Honduras", "11 avril 2022", "espagnol"),
                        tuple("Mexique", "31 mai 2022", "espagnol"),
                        tuple("Pakistan", "29 avril 2022", "anglais"),
                        tuple("Union européenne", "31 mai 2022", "anglais"));
        for (ReplyBlock r : d.replies()) {
            assertThat(d.text().text().substring(r.headingStart(), r.headingEnd())).isEqualTo(r.heading());
            assertThat(d.text().text().substring(r.start(), r.headerEnd())).endsWith("[" + r.dateText() + "]");
        }
        ReplyBlock honduras = d.replies().get(3);
        // its two sub-headings stay inside it; the reply ends before Mexico's heading
        assertThat(slice(d, honduras)).contains("Mesures d’échange d’informations")
                .endsWith("en vue d’interdire les expéditions d’armes.");
        ReplyBlock pakistan = d.replies().get(5);
        assertThat(slice(d, pakistan)).endsWith("sur le front bilatéral ou régional.").doesNotContain("III.");
        ReplyBlock eu = d.replies().get(6);
        assertThat(d.text().text().substring(eu.start(), eu.headingEnd())).isEqualTo("III. Réponse reçue de l’Union européenne");
        assertThat(eu.end()).isEqualTo(d.text().text().length());
    }

    @Test
    void repliesOfTheMultilateralismReport() {
        SegmentedDocument d = segment("002_");
        assertThat(d.replies()).extracting(ReplyBlock::heading)
                .containsExactly("Cuba", "Espagne", "Norvège", "Panama", "Qatar", "Turkménistan");
        assertThat(d.replies()).extracting(ReplyBlock::language)
                .containsExactly("espagnol", "espagnol", "anglais", "espagnol", "anglais", "russe");
        assertThat(d.replies().get(2).dateText()).isEqualTo("1er juin 2012");
        // the last reply runs on past the page furniture to the end of the text
        assertThat(slice(d, d.replies().get(5))).endsWith("dans le domaine du désarmement et de la non-prolifération.");
    }

    @Test
    void documentsWithoutRepliesHaveNone() {
        assertThat(segment("001_").replies()).isEmpty();
        assertThat(segment("003_").replies()).isEmpty(); // "Original : anglais" at the top is metadata
        assertThat(segment("004_").replies()).isEmpty();
    }

    @Test
    void sectionsOfTheConfidenceBuildingReport() {
        SegmentedDocument d = segment("000_");
        assertThat(d.sections()).extracting(Section::id, Section::number, Section::title, Section::level)
                .containsExactly(
                        tuple("s1", "I", "Introduction", 1),
                        tuple("s2", "II", "Réponses reçues des gouvernements", 1),
                        tuple("s2.1", "", "Mesures d’échange d’informations", 2),
                        tuple("s2.2", "", "Mesures de lutte contre le terrorisme, la criminalité organisée et les activités connexes", 2),
                        tuple("s3", "III", "Réponse reçue de l’Union européenne", 1));
        Section s2 = d.sections().get(1);
        assertThat(slice(d, s2)).startsWith("II. Réponses reçues des gouvernements")
                .endsWith("sur le front bilatéral ou régional.");
        // an unnumbered sub-heading of a reply closes with the reply
        assertThat(d.sections().get(3).end()).isEqualTo(d.replies().get(3).end());
    }

    @Test
    void lettersAreNotTakenForRomanNumerals() {
        SegmentedDocument d = segment("001_");
        assertThat(d.sections()).extracting(Section::id, Section::number, Section::level)
                .contains(tuple("s3", "II", 1), tuple("s3.3", "C", 2), tuple("s3.4", "D", 2),
                        tuple("s4", "III", 1), tuple("s4.3", "C", 2), tuple("s5", "IV", 1));
        assertThat(d.sections()).filteredOn(s -> s.id().equals("s3.3.1")).singleElement()
                .extracting(Section::title).isEqualTo("Fonds appelé « Entité “Sauver des vies” »");
    }

    @Test
    void markdownHeadingsAreSections() {
        SegmentedDocument d = segment("003_");
        assertThat(d.sections()).extracting(Section::title, Section::level).contains(
                tuple("Cadre institutionnel", 1), tuple("Questions prioritaires", 1),
                tuple("Mesures pouvant être adoptées", 2));
        assertThat(d.sections()).filteredOn(s -> s.title().equals("Mesures pouvant être adoptées"))
                .singleElement().extracting(Section::id).asString().matches("s\\d+\\.1");
    }

    @Test
    void aParagraphStaysWholeAcrossLinesAndPages() {
        SegmentedDocument d = segment("000_");
        String t = d.text().text();
        Paragraph ainsi = paragraphStartingWith(d, "Ainsi, le Traité sur le commerce des armes adopté le 2 avril 2013");
        assertThat(slice(d, ainsi)).contains("l’instrument de ratification a été déposé le 3 juin 2014")
                .endsWith("en matière de transfert d’armes sur ou à travers son territoire.");
        // interrupted by a page break and a link line in the source
        Paragraph visa = paragraphStartingWith(d, "Concernant les signatures sur les importations d’armes");
        assertThat(slice(d, visa)).contains("le visa du Secrétaire permanent de la Commission nationale de contrôle des armes")
                .endsWith("de signature du Premier Ministre.");
        assertThat(visa.kind()).isEqualTo(Paragraph.Kind.BODY);
        assertThat(d.replyAt(visa.start())).get().extracting(ReplyBlock::heading).isEqualTo("Burkina Faso");
        assertThat(t).doesNotContain("Secrétaire\n");
    }

    @Test
    void paragraphIdsNumbersKindsAndSections() {
        SegmentedDocument d = segment("000_");
        Paragraph first = d.paragraphs().get(0);
        assertThat(first).extracting(Paragraph::id, Paragraph::kind, Paragraph::sectionId)
                .containsExactly("p1", Paragraph.Kind.HEADING, "s1");
        Paragraph one = d.paragraphs().get(1);
        assertThat(one.number()).isEqualTo("1.");
        assertThat(one.id()).isEqualTo("p2");
        Paragraph item = paragraphStartingWith(d, "b) Le règlement pacifique des différends.");
        assertThat(item.kind()).isEqualTo(Paragraph.Kind.LIST_ITEM);
        assertThat(item.number()).isEqualTo("b)");
        assertThat(item.sectionId()).isEqualTo("s2");
        Paragraph eu17 = paragraphStartingWith(d, "17. En décembre 2019");
        assertThat(eu17.sectionId()).isEqualTo("s3");
        assertThat(d.paragraphAt(eu17.start() + 10)).contains(eu17);
        for (int i = 0; i < d.paragraphs().size(); i++) {
            assertThat(d.paragraphs().get(i).ordinal()).isEqualTo(i + 1);
        }
    }

    @Test
    void footnotesAreParagraphsOfTheirOwn() {
        SegmentedDocument d = segment("001_");
        List<Paragraph> notes = d.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.FOOTNOTE).toList();
        assertThat(notes).extracting(Paragraph::id).containsExactly(
                "fn1", "fn2", "fn3", "fn4", "fn5", "fn6", "fn7", "fn8", "fn9", "fn10", "fn11", "fn12", "fn13", "fn14");
        assertThat(notes.get(2).number()).isEqualTo("3");
        assertThat(slice(d, notes.get(2))).isEqualTo("3 Toute mention du Kosovo doit s’interpréter à la lumière de la résolution 1244 (1999).");
        List<Paragraph> mdNotes = segment("003_").paragraphs().stream()
                .filter(p -> p.kind() == Paragraph.Kind.FOOTNOTE).toList();
        assertThat(mdNotes).extracting(Paragraph::id).startsWith("fn1", "fn2", "fn3", "fn4");
    }

    @Test
    void listItemsOfTheMarkdownConversion() {
        SegmentedDocument d = segment("003_");
        Paragraph item = paragraphStartingWith(d, "Participer à la prévention des conflits et la promouvoir;");
        assertThat(item.kind()).isEqualTo(Paragraph.Kind.LIST_ITEM);
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void everyCorpusFileSegmentsIntoCleanSpans(Path file) throws Exception {
        SegmentedDocument d = segmenter.segment(new DocumentReader().read(file));
        String t = d.text().text();
        assertThat(d.paragraphs()).isNotEmpty();
        int previousEnd = -1;
        for (Paragraph p : d.paragraphs()) {
            assertThat(t.substring(p.start(), p.end())).as("%s %s", file, p.id()).doesNotContain("\n").isNotBlank();
            assertThat(p.start()).isGreaterThan(previousEnd);
            previousEnd = p.end();
            assertThat(p.id()).matches(p.kind() == Paragraph.Kind.FOOTNOTE ? "fn\\d+(-\\d+)?" : "p\\d+");
        }
        for (Section s : d.sections()) {
            assertThat(s.start()).isLessThan(s.end());
            assertThat(s.id()).matches("s\\d+(\\.\\d+)*");
        }
        for (ReplyBlock r : d.replies()) {
            assertThat(r.start()).isLessThanOrEqualTo(r.headingStart());
            assertThat(r.headingEnd()).isLessThanOrEqualTo(r.headerEnd());
            assertThat(r.headerEnd()).isLessThanOrEqualTo(r.end());
        }
        assertThat(d.paragraphs().stream().map(Paragraph::id).distinct().count()).isEqualTo(d.paragraphs().size());
    }

    private static Paragraph paragraphStartingWith(SegmentedDocument d, String prefix) {
        return d.paragraphs().stream()
                .filter(p -> d.text().text().startsWith(prefix, p.start()))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph starts with " + prefix));
    }
}
