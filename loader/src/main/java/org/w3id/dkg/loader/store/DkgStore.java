package org.w3id.dkg.loader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The knowledge graph on disk: a TDB2 dataset with one named graph per document.
 * Every change goes through one write transaction, so a document is either wholly
 * in the store or not at all, and a crash leaves the store as it was before.
 *
 * <p>A store opened for writing ({@link #open}, {@link #inMemory}) is always seen through its full-text
 * index, so that every writer — {@code dkg load}, the server's {@code /api/load}, SPARQL Update, a
 * benchmark — keeps the index in step without having to remember it. There is no other way to get a
 * writable store; {@link #openReadOnly} serves the commands that only read.
 *
 * <pre>{@code
 * try (DkgStore store = DkgStore.open(Path.of("data/tdb2"))) {
 *     new CorpusLoader(DocumentPipeline.withDefaults(), store).load(paths, listener);
 * }
 * }</pre>
 */
public final class DkgStore implements AutoCloseable {
    private final Dataset dataset;
    private final Dataset base;
    private final Path location;
    private final boolean indexBuilt;

    /** {@code dataset}: the view reads and writes go through; {@code base}: what it views, closed with the store. */
    private DkgStore(Dataset dataset, Dataset base, Path location, boolean indexBuilt) {
        this.dataset = dataset;
        this.base = base;
        this.location = location;
        this.indexBuilt = indexBuilt;
    }

    /**
     * Opens (or creates) the TDB2 store in {@code dir} for reading and writing, through its text index in
     * {@code dir/text-index} (created and filled from the store when missing).
     *
     * @throws StoreLockedException when another process holds the store (TDB2 allows one process per store)
     * @throws StoreBusyException when the store cannot be opened for another reason
     */
    public static DkgStore open(Path dir) {
        Dataset base = connect(dir, true);
        TextIndexes.Indexed indexed = TextIndexes.attach(base, dir);
        // The index of an on-disk store stays open with TDB2's dataset (see TextIndexes); only TDB2's is closed.
        return new DkgStore(indexed.dataset(), base, dir, indexed.built());
    }

    /**
     * Opens the existing TDB2 store in {@code dir} for reading only: writes through it fail, and its text
     * index is neither opened nor built.
     *
     * @throws StoreLockedException when another process holds the store
     * @throws StoreBusyException when there is no store in {@code dir} or it cannot be opened
     */
    public static DkgStore openReadOnly(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreBusyException(dir + ": no store here", null);
        }
        Dataset base = connect(dir, false);
        return new DkgStore(DatasetFactory.wrap(new DatasetGraphReadOnly(base.asDatasetGraph())), base, dir, false);
    }

    /** A transactional in-memory store with its text index in memory, for tests. */
    public static DkgStore inMemory() {
        TextIndexes.Indexed indexed = TextIndexes.attach(DatasetFactory.createTxnMem(), null);
        // Closing the indexed view closes its in-memory index and the dataset.
        return new DkgStore(indexed.dataset(), indexed.dataset(), null, indexed.built());
    }

    private static Dataset connect(Path dir, boolean create) {
        try {
            if (create) {
                Files.createDirectories(dir);
            }
            return TDB2Factory.connectDataset(dir.toString());
        } catch (IOException | RuntimeException e) {
            if (StoreLock.heldByAnotherProcess(dir)) {
                throw new StoreLockedException(dir, e);
            }
            throw new StoreBusyException(dir + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    /** The dataset every read and write goes through (text-indexed, or read-only). */
    public Dataset dataset() {
        return dataset;
    }

    /** The directory of the store, or {@code null} for an in-memory store. */
    public Path location() {
        return location;
    }

    /** True when the text index was missing when the store was opened, and has been built from the store. */
    public boolean indexBuiltOnOpen() {
        return indexBuilt;
    }

    /** True when the store holds no named graph and no default-graph triple. */
    public boolean isEmpty() {
        return read(ds -> ds.asDatasetGraph().isEmpty());
    }

    /** Replaces a named graph with {@code model}'s triples, atomically. */
    public void replaceGraph(String graphIri, Model model) {
        dataset.executeWrite(() -> dataset.replaceNamedModel(graphIri, model));
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Function<Dataset, T> action) {
        dataset.begin(ReadWrite.READ);
        try {
            return action.apply(dataset);
        } finally {
            dataset.end();
        }
    }

    /**
     * Empties the text index and indexes every label and quote of the store again, e.g. after changes made
     * around the index; returns the number of literals indexed.
     *
     * @throws IllegalStateException on a read-only store
     */
    public long reindex() {
        if (!(dataset.asDatasetGraph() instanceof DatasetGraphText)) {
            throw new IllegalStateException("a read-only store has no text index: open it with DkgStore.open");
        }
        return TextIndexes.rebuild(dataset);
    }

    /**
     * Compacts the TDB2 store: writes a new generation holding only the live data and deletes the old one
     * (TDB2 never reclaims the index pages a write transaction replaced). The text index is not affected.
     *
     * @throws IllegalStateException when the store is read-only or not an on-disk TDB2 store
     */
    public void compact() {
        DatasetGraph tdb = base.asDatasetGraph();
        if (!(dataset.asDatasetGraph() instanceof DatasetGraphText)) {
            throw new IllegalStateException(location + ": opened read-only");
        }
        if (location == null || !DatabaseMgr.isTDB2(tdb)) {
            throw new IllegalStateException(location + ": not a TDB2 store");
        }
        DatabaseMgr.compact(tdb, true);
    }

    @Override
    public void close() {
        base.close();
    }
}
