package org.w3id.dkg.app;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.dkg.loader.store.DkgStore;

/** The test store: {@code fixture.trig}, in memory or in a TDB2 directory. */
final class Fixture {
    private Fixture() {}

    static DkgStore inMemory() {
        return fill(DkgStore.inMemory());
    }

    /** Creates a TDB2 store in {@code dir}, fills it and closes it, so a command can open it. */
    static Path onDisk(Path dir) {
        try (DkgStore store = fill(DkgStore.open(dir))) {
            return dir;
        }
    }

    private static DkgStore fill(DkgStore store) {
        store.dataset().executeWrite(() -> RDFDataMgr.read(store.dataset(), Fixture.class.getResource("/fixture.trig").toString()));
        return store;
    }

    static String resource(String path) {
        try {
            return Path.of(Fixture.class.getResource(path).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
