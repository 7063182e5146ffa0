package org.w3id.dkg.loader;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.extracting.MetadataExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamilies;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.recognising.AmountRecogniser;
import org.w3id.dkg.loader.recognising.BackReferenceResolver;
import org.w3id.dkg.loader.recognising.OpenWorldRecogniser;
import org.w3id.dkg.loader.linking.MintedEntities;
import org.w3id.dkg.loader.recognising.DateRecogniser;
import org.w3id.dkg.loader.segmenting.Segmenter;
import org.w3id.dkg.loader.segmenting.SentenceSplitter;

/**
 * The stages of the pipeline that depend on a document's language, built once per language pack: segmenting,
 * sentences, dates, amounts, back-references, metadata and one extractor per fact family. Names are matched
 * by one recogniser for all languages (the registries hold the names in every language); the names no registry
 * holds are found from the words of the document's language ({@link OpenWorldRecogniser}).
 */
record LanguageStages(Segmenter segmenter, SentenceSplitter sentences, DateRecogniser dates, AmountRecogniser amounts,
                      OpenWorldRecogniser openWorld, BackReferenceResolver backReferences, MetadataExtractor metadata,
                      List<FactExtractor<?>> extractors) {
    LanguageStages(LanguagePack language, EntityRegistry registry, FactFamilies families) {
        this(new Segmenter(language), new SentenceSplitter(language), new DateRecogniser(language), new AmountRecogniser(language),
                new OpenWorldRecogniser(language, new MintedEntities(registry)), new BackReferenceResolver(language),
                new MetadataExtractor(language), extractors(language, registry, families));
    }

    private static List<FactExtractor<?>> extractors(LanguagePack language, EntityRegistry registry, FactFamilies families) {
        ExtractionContext context = new ExtractionContext(language, registry);
        List<FactExtractor<?>> extractors = new ArrayList<>();
        for (FactFamily<?> family : families.all()) extractors.add(family.extractor(context));
        return List.copyOf(extractors);
    }
}
