package org.w3id.dkg.app;

import java.nio.file.Path;

/**
 * Where the defaults live. The {@code ./dkg} launcher passes {@code -Ddkg.home=<repository root>}
 * so that {@code data/tdb2} and {@code corpus/} mean the repository's, whatever the current
 * directory; paths a user types stay relative to the current directory. Without the
 * property (plain {@code java -jar}), the current directory is the home.
 */
public final class DkgHome {
    /** The system property the launcher sets. */
    public static final String PROPERTY = "dkg.home";

    private DkgHome() {}

    /** The home directory. */
    public static Path dir() {
        String home = System.getProperty(PROPERTY);
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    /** {@code relative} resolved against the home, e.g. {@code data/tdb2}. */
    public static Path resolve(String relative) {
        return dir().resolve(relative).normalize();
    }

    /** The default store. */
    public static Path defaultStore() {
        return resolve("data/tdb2");
    }

    /** The default corpus that {@code serve} loads into an empty store. */
    public static Path defaultCorpus() {
        return resolve("corpus");
    }
}
