package org.w3id.dkg.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * Writes a store as N-Quads, as {@code dkg export --format nq} does, for Jena's bulk loader to load the
 * very same quads. A JVM of its own, because TDB2 lets one process at a time hold a store.
 *
 * <p>Usage: {@code ExportNq DB_DIR FILE.nq}
 */
public final class ExportNq {
    private ExportNq() {}

    public static void main(String[] args) throws Exception {
        try (DkgStore store = DkgStore.openReadOnly(Path.of(args[0]));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            long quads = store.read(ds -> {
                RDFDataMgr.write(out, ds.asDatasetGraph(), RDFFormat.NQUADS);
                return ds.asDatasetGraph().stream().count();
            });
            System.err.println("EXPORTED quads=" + quads);
        }
    }
}
