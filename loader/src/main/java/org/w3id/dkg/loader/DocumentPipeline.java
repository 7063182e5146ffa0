package org.w3id.dkg.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.DocumentMetadata;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.extracting.MentionExtractor;
import org.w3id.dkg.loader.extracting.MetadataExtractor;
import org.w3id.dkg.loader.extracting.ReplyExtractor;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.rdf.DocumentGraphWriter;
import org.w3id.dkg.loader.reading.DocumentReader;
import org.w3id.dkg.loader.reading.NormalisedDocument;
import org.w3id.dkg.loader.reading.TextNormaliser;
import org.w3id.dkg.loader.recognising.EntityRecogniser;
import org.w3id.dkg.loader.segmenting.SegmentedDocument;
import org.w3id.dkg.loader.segmenting.Segmenter;
import org.w3id.dkg.ontology.Iris;

/**
 * The whole path of one document from file to graph: read, normalise, segment,
 * recognise and link, extract, and map to RDF. Built once (the registries and the
 * name matcher are costly) and shared; it holds no per-document state, so one
 * pipeline may serve several threads.
 *
 * <pre>{@code
 * DocumentPipeline pipeline = DocumentPipeline.withDefaults();
 * ExtractedDocument doc = pipeline.extract(Path.of("corpus/000_d03a33050df2f971.txt"));
 * doc.model().write(System.out, "TTL");
 * }</pre>
 */
public final class DocumentPipeline {
    private final EntityRegistry registry;
    private final DocumentReader reader = new DocumentReader();
    private final TextNormaliser normaliser = new TextNormaliser();
    private final Segmenter segmenter = new Segmenter();
    private final EntityRecogniser recogniser;
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final ReplyExtractor replies;
    private final MentionExtractor mentions = new MentionExtractor();
    private final DocumentGraphWriter writer = new DocumentGraphWriter();

    public DocumentPipeline(EntityRegistry registry) {
        this.registry = registry;
        this.recogniser = new EntityRecogniser(registry);
        this.replies = new ReplyExtractor(recogniser::resolveHeading);
    }

    /** A pipeline over the registries shipped with dkg. */
    public static DocumentPipeline withDefaults() {
        return new DocumentPipeline(EntityRegistry.loadDefault());
    }

    public EntityRegistry registry() {
        return registry;
    }

    /** Reads and analyses one document: its segments and recognised entities, before any fact. */
    public DocumentAnalysis analyse(Path file) throws BadDocumentException {
        NormalisedDocument normalised = normaliser.read(reader.read(file));
        SegmentedDocument segments = segmenter.segment(normalised);
        return new DocumentAnalysis(segments, recogniser.recognise(normalised.text().text()), normalised.symbol());
    }

    /** Extracts the graph of one document; nothing is written anywhere. */
    public ExtractedDocument extract(Path file) throws BadDocumentException {
        DocumentAnalysis analysis = analyse(file);
        DocumentMetadata meta = metadata.extract(analysis);
        List<Fact> facts = new ArrayList<>();
        facts.addAll(replies.extract(analysis));
        facts.addAll(mentions.extract(analysis));
        Model model = writer.write(analysis, meta, facts);
        String docId = analysis.text().docId();
        return new ExtractedDocument(docId, Iris.documentGraph(docId), model);
    }
}
