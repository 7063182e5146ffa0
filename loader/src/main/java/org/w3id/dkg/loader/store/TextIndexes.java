package org.w3id.dkg.loader.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.MultilingualAnalyzer;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.dkg.ontology.OA;

/**
 * The full-text index (Jena text over Lucene) of labels ({@code rdfs:label}, {@code skos:altLabel}) and
 * evidence quotes ({@code oa:exact}) that every writable {@link DkgStore} is seen through.
 *
 * <p>Why a wrapper: jena-text indexes only the writes that go through its dataset, so a store opened for
 * writing is always this view (the loader, {@code /api/load}, SPARQL Update and Graph Store writes all
 * write through it). Changes made around it are repaired by {@link #rebuild} ({@code dkg reindex}). The
 * index of an on-disk store lives in {@code DIR/text-index}; TDB2 ignores it.
 */
final class TextIndexes {
    /** The Lucene field all three predicates are indexed in; {@code text:query} searches it by default. */
    static final String FIELD = "text";
    /**
     * The stored language of an indexed literal. With it, jena-text's multilingual mode also indexes a tagged literal in
     * {@code text_<lang>} with that language's analyzer (registered from {@link TextAnalysis}); {@code text:query (... "lang:en")}
     * searches that field.
     */
    static final String LANGUAGE_FIELD = "lang";
    /** Directory of the index inside the TDB2 store directory. */
    static final String DIRECTORY = "text-index";
    static final List<Node> PREDICATES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), OA.exact.asNode());

    /**
     * Indexed views of on-disk stores, by the store's dataset graph. TDB2 keeps one dataset per directory
     * open for the life of the process and enlists the text index in its transactions, so the index must
     * stay open as long: it is opened once per store and process, reused by later opens, and never closed
     * (every commit is durable; the JVM's exit releases Lucene's lock).
     */
    private static final Map<DatasetGraph, Indexed> ON_DISK = Collections.synchronizedMap(new WeakHashMap<>());

    static {
        TextQuery.init();
    }

    private TextIndexes() {}

    /**
     * A dataset seen through its text index; {@code built}: the index was new when opened and has been
     * filled from the dataset; {@code owned}: closing the view must close the index (in-memory stores).
     */
    record Indexed(Dataset dataset, TextIndex index, boolean built, boolean owned) {}

    /**
     * {@code base} (a store at {@code location}, or in memory when it is null) seen through its text
     * index: opened, or created at {@code location/text-index} and filled from the store.
     */
    static Indexed attach(Dataset base, Path location) {
        if (location == null) {
            return open(base, new ByteBuffersDirectory(), true, true);
        }
        synchronized (ON_DISK) {
            Indexed known = ON_DISK.get(base.asDatasetGraph());
            if (known != null) {
                return new Indexed(known.dataset(), known.index(), false, false);
            }
            Path dir = location.resolve(DIRECTORY);
            Indexed opened;
            try {
                boolean created = !Files.isDirectory(dir) || isEmpty(dir);
                Files.createDirectories(dir);
                opened = open(base, FSDirectory.open(dir), created, false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the text index of " + location, e);
            }
            ON_DISK.put(base.asDatasetGraph(), opened);
            return opened;
        }
    }

    private static Indexed open(Dataset base, Directory directory, boolean created, boolean owned) {
        TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config());
        Dataset wrapped = TextDatasetFactory.create(base, index, true);
        if (created) {
            rebuild(wrapped);
        }
        return new Indexed(wrapped, index, created, owned);
    }

    /** Empties the index of {@code indexed} and indexes every label and quote again; returns the number of literals indexed. */
    static long rebuild(Dataset indexed) {
        if (!(indexed.asDatasetGraph() instanceof DatasetGraphText text)) {
            throw new IllegalArgumentException("not a text-indexed dataset");
        }
        TextIndex index = text.getTextIndex();
        EntityDefinition def = index.getDocDef();
        DatasetGraph base = text.getBase();
        long count = 0;
        try {
            if (index instanceof TextIndexLucene lucene) {
                lucene.getIndexWriter().deleteAll();
            }
            base.begin(TxnType.READ);
            try {
                for (Node p : PREDICATES) {
                    Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (quads.hasNext()) {
                        Entity entity = TextQueryFuncs.entityFromQuad(def, quads.next());
                        if (entity != null) {
                            index.addEntity(entity);
                            count++;
                        }
                    }
                }
            } finally {
                base.end();
            }
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the text index", e);
        }
        return count;
    }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", FIELD);
        for (Node p : PREDICATES) {
            def.set(FIELD, p);
        }
        def.setPrimaryPredicate(RDFS.label.asNode());
        def.setUidField("uid");
        def.setLangField(LANGUAGE_FIELD);
        for (String language : TextAnalysis.languages()) Util.addAnalyzer(language, TextAnalysis.forLanguage(language));
        TextIndexConfig config = new TextIndexConfig(def);
        config.setMultilingualSupport(true);
        config.setAnalyzer(TextAnalysis.forLanguage(TextAnalysis.INDEX_LANGUAGE));
        // queries analyse each field as it was indexed: text_en with the English analyzer, text with the main one
        // and the language field as the keyword it is stored as (the French analyzer would drop "en" as a stop word)
        config.setQueryAnalyzer(new PerFieldAnalyzerWrapper(new MultilingualAnalyzer(TextAnalysis.forLanguage(TextAnalysis.INDEX_LANGUAGE)),
                Map.of(LANGUAGE_FIELD, new KeywordAnalyzer())));
        config.setValueStored(true);
        return config;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
