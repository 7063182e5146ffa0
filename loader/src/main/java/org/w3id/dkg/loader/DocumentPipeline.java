package org.w3id.dkg.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.DocumentMetadata;
import org.w3id.dkg.loader.extracting.ExtractionInterruptedException;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.extracting.FactsSoFar;
import org.w3id.dkg.loader.extracting.Respondent;
import org.w3id.dkg.loader.family.FactFamilies;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.language.Languages;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.rdf.DocumentGraphWriter;
import org.w3id.dkg.loader.rdf.SourceProvenance;
import org.w3id.dkg.loader.reading.DocumentReader;
import org.w3id.dkg.loader.reading.NormalisedDocument;
import org.w3id.dkg.loader.reading.SourceDocument;
import org.w3id.dkg.loader.reading.TextNormaliser;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.recognising.EntityRecogniser;
import org.w3id.dkg.loader.segmenting.Paragraph;
import org.w3id.dkg.loader.segmenting.ReplyBlock;
import org.w3id.dkg.loader.segmenting.SegmentedDocument;
import org.w3id.dkg.loader.segmenting.Sentence;
import org.w3id.dkg.ontology.Iris;

/**
 * The whole path of one document from file to graph: read, normalise, tell the language,
 * segment, recognise and link, extract, and map to RDF. Its two plug-in points are the
 * {@linkplain FactFamilies fact families} (run in their order, each seeing the facts of those
 * before it) and the {@linkplain Languages language packs} (the one that reads the document is
 * chosen from its text). Built once (the registries and the name matcher are costly) and shared;
 * it holds no per-document state, so one pipeline may serve several threads.
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
    private final EntityRecogniser recogniser;
    private final FactFamilies families;
    private final Languages languages;
    private final Map<LanguagePack, LanguageStages> stages = new LinkedHashMap<>();
    private final DocumentGraphWriter writer;

    public DocumentPipeline(EntityRegistry registry) {
        this(registry, FactFamilies.load(), Languages.load());
    }

    /** A pipeline over the given registry, fact families and language packs. */
    public DocumentPipeline(EntityRegistry registry, FactFamilies families, Languages languages) {
        this.registry = registry;
        this.recogniser = new EntityRecogniser(registry);
        this.families = families;
        this.languages = languages;
        this.writer = new DocumentGraphWriter(families::write);
        for (LanguagePack language : languages.all()) stages.put(language, new LanguageStages(language, registry, families));
    }

    /** A pipeline over the registries shipped with dkg. */
    public static DocumentPipeline withDefaults() {
        return new DocumentPipeline(EntityRegistry.loadDefault());
    }

    public EntityRegistry registry() {
        return registry;
    }

    /** The fact families this pipeline runs, in order. */
    public FactFamilies families() {
        return families;
    }

    /** The languages this pipeline reads. */
    public Languages languages() {
        return languages;
    }

    /** Words from which a heading reads as a sentence (a press release's headline), not as a title or a name. */
    private static final int SENTENCE_LIKE_HEADING_WORDS = 12;

    /** Whether a heading is long enough to state facts, as a headline does ("Communiqué ... à l'occasion du dépôt de leurs instruments de ratification du traité"). */
    private static boolean sentenceLike(String text, Paragraph p) {
        return text.substring(p.start(), p.end()).strip().split("\\s+").length >= SENTENCE_LIKE_HEADING_WORDS;
    }

    /** Reads and analyses one document: its segments and recognised entities, before any fact. */
    public DocumentAnalysis analyse(Path file) throws BadDocumentException {
        return analyse(reader.read(file));
    }

    private DocumentAnalysis analyse(SourceDocument source) throws BadDocumentException {
        Path file = source.path();
        NormalisedDocument normalised = normaliser.read(source);
        LanguagePack language = languages.of(file, normalised.text().text());
        LanguageStages in = stages.get(language);
        SegmentedDocument segments = in.segmenter().segment(normalised);
        String text = normalised.text().text();
        List<Sentence> split = new ArrayList<>();
        for (Paragraph p : segments.paragraphs()) {
            if (p.kind() != Paragraph.Kind.HEADING || sentenceLike(text, p)) split.addAll(in.sentences().split(text, p.start(), p.end()));
        }
        List<Respondent> respondents = new ArrayList<>();
        for (ReplyBlock block : segments.replies()) {
            // Only an actor replies: a heading naming a treaty or a meeting, even when a language or date line
            // follows it, is no respondent (it would be the "Elle" of the block's sentences and a Reply's subject).
            recogniser.resolveHeading(block.heading()).filter(e -> e.kind().isActor())
                    .ifPresent(e -> respondents.add(new Respondent(block, e)));
        }
        ExtractionInterruptedException.checkpoint();
        List<EntityMention> mentions = in.backReferences().resolve(text, in.openWorld().recognise(text, recogniser.recognise(text)));
        ExtractionInterruptedException.checkpoint();
        return new DocumentAnalysis(segments, split, mentions, in.dates().recognise(text),
                in.amounts().recognise(text), respondents, normalised.symbol(), language);
    }

    /** What one document states: its metadata and its facts, before any RDF. */
    public record Facts(DocumentAnalysis analysis, DocumentMetadata metadata, List<Fact> facts) {}

    /** Reads one document and extracts its metadata and facts. */
    public Facts facts(Path file) throws BadDocumentException {
        return facts(reader.read(file));
    }

    private Facts facts(SourceDocument source) throws BadDocumentException {
        DocumentAnalysis analysis = analyse(source);
        FactsSoFar found = FactsSoFar.none();
        LanguageStages in = stages.get(analysis.language());
        for (FactExtractor<?> extractor : in.extractors()) {
            ExtractionInterruptedException.checkpoint();
            found.addAll(extractor.extract(analysis, found));
        }
        return new Facts(analysis, in.metadata().extract(analysis), List.copyOf(found.all()));
    }

    /** Extracts the graph of one document; nothing is written anywhere. */
    public ExtractedDocument extract(Path file) throws BadDocumentException {
        SourceDocument source = reader.read(file);
        Facts found = facts(source);
        Model model = writer.write(found.analysis(), found.metadata(), found.facts());
        String docId = found.analysis().text().docId();
        SourceProvenance.write(model, docId, source);
        return new ExtractedDocument(docId, Iris.documentGraph(docId), model);
    }
}
