package org.w3id.dkg.loader.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The knowledge graph on disk: a TDB2 dataset with one named graph per document.
 * Every change goes through one write transaction, so a document is either wholly
 * in the store or not at all, and a crash leaves the store as it was before.
 */
public final class DkgStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path location;

    private DkgStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
    }

    /**
     * Opens (or creates) the TDB2 store in {@code dir}.
     *
     * @throws StoreBusyException when another process holds the store (TDB2 allows one process per store)
     */
    public static DkgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new DkgStore(TDB2Factory.connectDataset(dir.toString()), dir);
        } catch (StoreBusyException e) {
            throw e;
        } catch (Exception e) {
            throw StoreBusyException.wrapIfLocked(dir, e);
        }
    }

    /** A transactional in-memory store, for tests and for {@code dkg extract}. */
    public static DkgStore inMemory() {
        return new DkgStore(DatasetFactory.createTxnMem(), null);
    }

    /**
     * A store over {@code dataset}, which must be a view of the store at {@code location}
     * (e.g. the same TDB2 dataset wrapped so that a text index follows every write).
     * Writes through the returned store go through the view.
     */
    public static DkgStore over(Dataset dataset, Path location) {
        return new DkgStore(dataset, location);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The directory of the store, or {@code null} for an in-memory store. */
    public Path location() {
        return location;
    }

    /** True when the store holds no named graph and no default-graph triple. */
    public boolean isEmpty() {
        return read(ds -> ds.asDatasetGraph().isEmpty());
    }

    /** Replaces a named graph with {@code model}'s triples, atomically. */
    public void replaceGraph(String graphIri, Model model) {
        dataset.executeWrite(() -> dataset.replaceNamedModel(graphIri, model));
    }

    /** Removes a named graph, atomically. */
    public void removeGraph(String graphIri) {
        dataset.executeWrite(() -> dataset.removeNamedModel(graphIri));
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

    @Override
    public void close() {
        dataset.close();
    }
}
