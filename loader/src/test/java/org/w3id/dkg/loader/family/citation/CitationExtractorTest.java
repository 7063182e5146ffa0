package org.w3id.dkg.loader.family.citation;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.rdf.DocumentGraphWriter;
import org.w3id.dkg.ontology.DKG;

class CitationExtractorTest {
    private static List<CitationFact> citations(Path file) throws Exception {
        return Extracted.from(file, CitationFact.class);
    }

    @Test
    void theSmallArmsReportCitesResolutionsAndDocumentsButNotTheCommissionResolutionItsLinkMisrenders() throws Exception {
        List<CitationFact> found = citations(Corpus.file("001"));
        assertThat(found).extracting(CitationFact::symbol).contains("A/RES/76/32", "A/RES/76/232", "S/RES/1244(1999)",
                "S/RES/2457(2019)", "S/RES/2370(2017)", "S/RES/2616(2021)", "S/RES/2626(2022)",
                "A/CONF.192/BMS/2021/1", "S/2019/1011", "S/2021/839").doesNotContain("A/RES/65/4");
        String text = Extracted.pipeline().analyse(Corpus.file("001")).text().text();
        for (CitationFact f : found) {
            assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().quote());
        }
    }

    @Test
    void theWorkingPaperCitesItsFootnotes() throws Exception {
        assertThat(citations(Corpus.file("003"))).extracting(CitationFact::symbol)
                .containsExactlyInAnyOrder("A/RES/64/50", "A/RES/64/30", "S/PRST/2010/6", "A/64/173");
    }

    @Test
    void lettersAfterAResolutionNumberAndSymbolsInBracketsAreKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, """
                1. Le 2 décembre 2011, l’Assemblée générale a adopté la résolution 66/32; elle a rappelé sa résolution 56/24 T du 29 novembre 2001 (voir A/CONF.192/2018/RC/3 et S/2022/310).

                2. La Commission pour la prévention du crime et la justice pénale a adopté la résolution 30/2.
                """);
        assertThat(citations(file)).extracting(CitationFact::symbol)
                .containsExactlyInAnyOrder("A/RES/66/32", "A/RES/56/24 T", "A/CONF.192/2018/RC/3", "S/2022/310");
    }

    @Test
    void eachCitationLinksToItsDocumentAtUndocsExceptAResolutionPartThatHasNoAddress(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, """
                1. Le 2 décembre 2011, l’Assemblée générale a adopté la résolution 66/32; elle a rappelé sa résolution 56/24 T du 29 novembre 2001 (voir S/RES/1540 (2004)).
                """);
        DocumentPipeline pipeline = Extracted.pipeline();
        DocumentPipeline.Facts found = pipeline.facts(file);
        Model graph = new DocumentGraphWriter(pipeline.families()::write).write(found.analysis(), found.metadata(), found.facts());
        java.util.Map<String, java.util.List<String>> links = new java.util.TreeMap<>();
        for (Resource citation : graph.listSubjectsWithProperty(RDF.type, DKG.Citation).toList()) {
            links.put(citation.getProperty(DKG.citedSymbol).getString(), graph.listObjectsOfProperty(citation, RDFS.seeAlso)
                    .mapWith(Object::toString).toList());
        }
        // addresses as undocs.org writes them (checked on undocs.org): no space before the year
        assertThat(links).containsEntry("A/RES/66/32", List.of("https://undocs.org/A/RES/66/32"))
                .containsEntry("S/RES/1540(2004)", List.of("https://undocs.org/S/RES/1540(2004)"))
                .containsEntry("A/RES/56/24 T", List.of());
        assertThat(graph.listObjectsOfProperty(DKG.cites).mapWith(Object::toString).toList())
                .containsExactlyInAnyOrder("https://undocs.org/A/RES/66/32", "https://undocs.org/S/RES/1540(2004)");
    }

    private static final Path DEV = Path.of("src/test/resources/fixtures/real");

    /** Real text (an OAS Permanent Council resolution, fixtures/real/fr/dev fd17): other bodies' symbols as written. */
    @Test
    void anOasResolutionCitesTheResolutionsItRecallsButNotItself() throws Exception {
        assertThat(citations(DEV.resolve("fr/dev/texts/fd17.txt"))).extracting(CitationFact::symbol)
                .contains("CP/RES. 884 (1484/05)", "AG/RES. 2094 (XXXV-O/05)")
                .doesNotContain("CP/RES. 906 (1550/06)");
    }

    /** Real text (an AU Peace and Security Council communiqué, fd12): a decision of the Assembly, spaces as printed. */
    @Test
    void anAfricanUnionCommuniqueCitesTheAssemblysDecisionAsPrinted() throws Exception {
        assertThat(citations(DEV.resolve("fr/dev/texts/fd12.txt"))).extracting(CitationFact::symbol)
                .contains("Assembly/AU/Dec. 645 (XXIX)");
    }

    /** Real text (a GA resolution, fixtures/real/en/dev ed23): resolutions numbered after a first one are each cited. */
    @Test
    void aListOfResolutionsNumberedAfterTheFirstCitesEachOfThem() throws Exception {
        assertThat(citations(DEV.resolve("en/dev/texts/ed23.txt"))).extracting(CitationFact::symbol)
                .contains("A/RES/35/142 B", "A/RES/48/62", "A/RES/49/66", "A/RES/51/38", "A/RES/47/54 B");
    }

    /** Depositary notifications and OSCE decisions, in a paraphrase with other numbers. */
    @Test
    void depositaryNotificationsAndOsceDecisionsAreCitations(@TempDir Path dir) throws Exception {
        String text = """
                1. Voir la notification C.N.412.2019.TREATIES-XXVI.8 et C.N.97.2020.TREATIES.XXVI-8 du 3 mars 2020. Dans la \
                Décision FSC.DEC/3/21, le Forum a approuvé le document PC.JOUR/1201.
                """;
        Path file = dir.resolve("depositary.txt");
        Files.writeString(file, text);
        assertThat(citations(file)).extracting(CitationFact::symbol)
                .contains("C.N.97.2020.TREATIES.XXVI-8", "FSC.DEC/3/21", "PC.JOUR/1201");
    }
}
