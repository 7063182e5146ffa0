package org.w3id.dkg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.rdf.ShapeCheck;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;

class DocumentPipelineTest {
    private static DocumentPipeline pipeline;

    @BeforeAll
    static void buildOnce() {
        pipeline = DocumentPipeline.withDefaults();
    }

    @Test
    void theConfidenceBuildingReportHasTheSevenRepliesItPrints() throws Exception {
        Model graph = pipeline.extract(Corpus.file("000")).model();
        List<Resource> replies = graph.listSubjectsWithProperty(RDF.type, DKG.Reply).toList();
        assertThat(replies)
                .extracting(r -> r.getPropertyResourceValue(DKG.respondent).getProperty(SKOS.notation).getString(),
                        r -> r.getProperty(DCTerms.date).getString(),
                        r -> r.getProperty(DKG.originalLanguage).getString())
                .containsExactlyInAnyOrder(
                        tuple("BFA", "2022-05-31", "fr"),
                        tuple("CUB", "2022-05-30", "es"),
                        tuple("ESP", "2022-05-31", "es"),
                        tuple("HND", "2022-04-11", "es"),
                        tuple("MEX", "2022-05-31", "es"),
                        tuple("PAK", "2022-04-29", "en"),
                        tuple("EU", "2022-05-31", "en"));
    }

    @Test
    void theMultilateralismReportHasItsSixRepliesAndItsSymbol() throws Exception {
        Model graph = pipeline.extract(Corpus.file("002")).model();
        assertThat(graph.listSubjectsWithProperty(RDF.type, DKG.Reply).toList())
                .extracting(r -> r.getPropertyResourceValue(DKG.respondent).getProperty(SKOS.notation).getString())
                .containsExactlyInAnyOrder("CUB", "ESP", "NOR", "PAN", "QAT", "TKM");
        Resource doc = graph.getResource(Iris.document("002_04d691f756cba794"));
        assertThat(doc.getProperty(DKG.symbol).getString()).isEqualTo("A/67/131");
        assertThat(doc.getProperty(DCTerms.title).getString())
                .isEqualTo("Promotion du multilatéralisme dans le domaine du désarmement et de la non-prolifération");
    }

    @Test
    void theNoteVerbaleIsDatedAndTitledByItsHeading() throws Exception {
        Resource doc = pipeline.extract(Corpus.file("004")).model().getResource(Iris.document("004_047198d78f0f4c1e"));
        assertThat(doc.getProperty(DCTerms.date).getString()).isEqualTo("2018-02-01");
        assertThat(doc.getPropertyResourceValue(DKG.documentType).getURI()).endsWith("/note_verbale");
        assertThat(doc.getProperty(DCTerms.title).getString())
                .startsWith("Note verbale datée du 1er février 2018, adressée au secrétariat de la Conférence du désarmement");
    }

    @Test
    void everyMentionQuotesItsFirstOccurrenceAndEveryGraphPassesTheShapes() throws Exception {
        ShapeCheck shapes = new ShapeCheck();
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            Model graph = pipeline.extract(Corpus.file(prefix)).model();
            assertThat(shapes.violations(graph)).as(prefix).isEmpty();
            assertThat(graph.listSubjectsWithProperty(RDF.type, DKG.Mention).toList()).as(prefix).isNotEmpty();
        }
    }

    @Test
    void spainIsMentionedInTheConfidenceBuildingReportWithItsArticle() throws Exception {
        Model graph = pipeline.extract(Corpus.file("000")).model();
        Resource spain = graph.getResource(Iris.entity("state", "ESP"));
        Resource mention = graph.listSubjectsWithProperty(DKG.entity, spain).next();
        assertThat(mention.getProperty(DKG.occurrences).getLong()).isGreaterThan(5);
        assertThat(graph.contains(graph.getResource(Iris.document("000_d03a33050df2f971")), DKG.mentions, spain)).isTrue();
    }

    @Test
    void extractingTheSameFileTwiceGivesTheSameTriples() throws Exception {
        Model first = pipeline.extract(Corpus.file("000")).model();
        Model second = pipeline.extract(Corpus.file("000")).model();
        assertThat(first.isIsomorphicWith(second)).isTrue();
        assertThat(first.listSubjects().toList()).allMatch(Resource::isURIResource);
    }

    /** An extraction the loader abandoned (its thread interrupted) stops at the next sentence or family, storing nothing. */
    @Test
    void anInterruptedExtractionStopsInsteadOfRunningOn() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Throwable> stopped = new java.util.concurrent.atomic.AtomicReference<>();
        Thread worker = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                pipeline.extract(Corpus.file("001"));
            } catch (Throwable t) {
                stopped.set(t);
            }
        });
        worker.start();
        worker.join(60_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(stopped.get()).isInstanceOf(org.w3id.dkg.loader.extracting.ExtractionInterruptedException.class);
    }
}
