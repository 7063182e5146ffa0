package org.w3id.dkg.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.w3id.dkg.loader.extracting.CbmActivityExtractor;
import org.w3id.dkg.loader.extracting.CitationExtractor;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.DocumentMetadata;
import org.w3id.dkg.loader.extracting.EventExtractor;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.extracting.FundingExtractor;
import org.w3id.dkg.loader.extracting.InstrumentActionExtractor;
import org.w3id.dkg.loader.extracting.MembershipExtractor;
import org.w3id.dkg.loader.extracting.MentionExtractor;
import org.w3id.dkg.loader.extracting.MetadataExtractor;
import org.w3id.dkg.loader.extracting.ReplyExtractor;
import org.w3id.dkg.loader.extracting.Respondent;
import org.w3id.dkg.loader.extracting.RoleExtractor;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.rdf.DocumentGraphWriter;
import org.w3id.dkg.loader.reading.DocumentReader;
import org.w3id.dkg.loader.reading.NormalisedDocument;
import org.w3id.dkg.loader.reading.TextNormaliser;
import org.w3id.dkg.loader.recognising.AmountRecogniser;
import org.w3id.dkg.loader.recognising.BackReferenceResolver;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.recognising.DateRecogniser;
import org.w3id.dkg.loader.recognising.EntityRecogniser;
import org.w3id.dkg.loader.segmenting.Paragraph;
import org.w3id.dkg.loader.segmenting.ReplyBlock;
import org.w3id.dkg.loader.segmenting.SegmentedDocument;
import org.w3id.dkg.loader.segmenting.Segmenter;
import org.w3id.dkg.loader.segmenting.Sentence;
import org.w3id.dkg.loader.segmenting.SentenceSplitter;
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
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final DateRecogniser dates = new DateRecogniser();
    private final BackReferenceResolver backReferences = new BackReferenceResolver();
    private final AmountRecogniser amounts = new AmountRecogniser();
    private final List<FactExtractor> extractors;
    private final DocumentGraphWriter writer = new DocumentGraphWriter();

    public DocumentPipeline(EntityRegistry registry) {
        this.registry = registry;
        this.recogniser = new EntityRecogniser(registry);
        EventExtractor events = new EventExtractor();
        this.extractors = List.of(new ReplyExtractor(), new MentionExtractor(), new InstrumentActionExtractor(),
                new CbmActivityExtractor(), events, new RoleExtractor(events),
                new MembershipExtractor(), new FundingExtractor(), new CitationExtractor());
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
        String text = normalised.text().text();
        List<Sentence> split = new ArrayList<>();
        for (Paragraph p : segments.paragraphs()) {
            if (p.kind() != Paragraph.Kind.HEADING) split.addAll(sentences.split(text, p.start(), p.end()));
        }
        List<Respondent> respondents = new ArrayList<>();
        for (ReplyBlock block : segments.replies()) {
            // Only an actor replies: a heading naming a treaty or a meeting, even when a language or date line
            // follows it, is no respondent (it would be the "Elle" of the block's sentences and a Reply's subject).
            recogniser.resolveHeading(block.heading()).filter(e -> e.kind().isActor())
                    .ifPresent(e -> respondents.add(new Respondent(block, e)));
        }
        List<EntityMention> mentions = backReferences.resolve(text, recogniser.recognise(text));
        return new DocumentAnalysis(segments, split, mentions, dates.recognise(text),
                amounts.recognise(text), respondents, normalised.symbol());
    }

    /** What one document states: its metadata and its facts, before any RDF. */
    public record Facts(DocumentAnalysis analysis, DocumentMetadata metadata, List<Fact> facts) {}

    /** Reads one document and extracts its metadata and facts. */
    public Facts facts(Path file) throws BadDocumentException {
        DocumentAnalysis analysis = analyse(file);
        List<Fact> facts = new ArrayList<>();
        for (FactExtractor extractor : extractors) facts.addAll(extractor.extract(analysis));
        return new Facts(analysis, metadata.extract(analysis), facts);
    }

    /** Extracts the graph of one document; nothing is written anywhere. */
    public ExtractedDocument extract(Path file) throws BadDocumentException {
        Facts found = facts(file);
        Model model = writer.write(found.analysis(), found.metadata(), found.facts());
        String docId = found.analysis().text().docId();
        return new ExtractedDocument(docId, Iris.documentGraph(docId), model);
    }
}
