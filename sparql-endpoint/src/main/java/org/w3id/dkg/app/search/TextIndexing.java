package org.w3id.dkg.app.search;

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
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.ontology.OA;

/**
 * The full-text index (Jena text over Lucene, French analysis) of labels
 * ({@code rdfs:label}, {@code skos:altLabel}) and evidence quotes ({@code oa:exact}).
 *
 * <p>Why a wrapper: jena-text indexes only the writes that go through its dataset, so
 * every component that writes (the loader in {@code dkg load}, {@code /api/load}, SPARQL
 * Update, Graph Store writes) must use the store returned by {@link #attach}. Bulk
 * changes made around it are repaired by {@link #rebuild} ({@code dkg reindex}).
 * The index of an on-disk store lives in {@code DIR/text-index}; TDB2 ignores it.
 */
public final class TextIndexing {
    /** The Lucene field all three predicates are indexed in; {@code text:query} searches it by default. */
    public static final String FIELD = "text";
    /** Directory of the index inside the TDB2 store directory. */
    public static final String DIRECTORY = "text-index";
    static final List<Node> PREDICATES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), OA.exact.asNode());

    /**
     * Indexes of on-disk stores, by the store's dataset graph. TDB2 enlists a text index in
     * its own transactions and keeps its dataset open for the life of the process, so the
     * index must stay open as long: it is opened once per store and process, reused by later
     * {@link #attach} calls, and never closed (every commit is durable; the JVM's exit
     * releases Lucene's lock).
     */
    private static final Map<DatasetGraph, Indexed> ON_DISK = Collections.synchronizedMap(new WeakHashMap<>());

    static {
        TextQuery.init();
    }

    private TextIndexing() {}

    /**
     * An indexed view of a store; {@code opened}: this call opened the index (its caller
     * closes it); {@code rebuilt}: the index was new and has just been filled from the store.
     */
    public record Indexed(DkgStore store, TextIndex index, boolean opened, boolean rebuilt) implements AutoCloseable {
        /** Closes the index if this view opened it; the store itself is closed by its owner. */
        @Override
        public void close() {
            if (opened) {
                index.close();
            }
        }
    }

    /**
     * The store seen through its text index (opened, or created at {@code DIR/text-index};
     * in memory for an in-memory store). A store that is already indexed is returned as it is.
     * A new index is filled from the store before this returns. The index of an in-memory
     * store is closed with the returned view; that of an on-disk store stays open (see
     * {@link #ON_DISK}).
     */
    public static Indexed attach(DkgStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        if (dsg instanceof DatasetGraphText text) {
            return new Indexed(store, text.getTextIndex(), false, false);
        }
        if (store.location() != null) {
            synchronized (ON_DISK) {
                Indexed known = ON_DISK.get(dsg);
                if (known == null) {
                    Indexed opened = open(store);
                    known = new Indexed(opened.store(), opened.index(), false, opened.rebuilt());
                    ON_DISK.put(dsg, known);
                    return known;
                }
                return new Indexed(DkgStore.over(known.store().dataset(), store.location()), known.index(), false, false);
            }
        }
        return open(store);
    }

    private static Indexed open(DkgStore store) {
        boolean created;
        Directory directory;
        try {
            if (store.location() == null) {
                directory = new ByteBuffersDirectory();
                created = true;
            } else {
                Path dir = store.location().resolve(DIRECTORY);
                created = !Files.isDirectory(dir) || isEmpty(dir);
                Files.createDirectories(dir);
                directory = FSDirectory.open(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index of " + store.location(), e);
        }
        TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config());
        Dataset wrapped = TextDatasetFactory.create(store.dataset(), index, true);
        DkgStore indexed = DkgStore.over(wrapped, store.location());
        if (created) {
            rebuild(indexed);
        }
        return new Indexed(indexed, index, true, created);
    }

    /** Empties the index and indexes every label and quote of the store again; returns the number of literals indexed. */
    public static long rebuild(DkgStore indexedStore) {
        if (!(indexedStore.dataset().asDatasetGraph() instanceof DatasetGraphText text)) {
            throw new IllegalArgumentException("not a text-indexed store");
        }
        TextIndex index = text.getTextIndex();
        EntityDefinition def = index.getDocDef();
        DatasetGraph base = text.getBase();
        long count = 0;
        try {
            if (index instanceof TextIndexLucene lucene) {
                lucene.getIndexWriter().deleteAll();
            }
            base.begin(org.apache.jena.query.TxnType.READ);
            try {
                for (Node p : PREDICATES) {
                    Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (quads.hasNext()) {
                        Quad q = quads.next();
                        Entity entity = TextQueryFuncs.entityFromQuad(def, q);
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
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new FrenchAnalyzer());
        config.setQueryAnalyzer(new FrenchAnalyzer());
        config.setValueStored(true);
        return config;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
