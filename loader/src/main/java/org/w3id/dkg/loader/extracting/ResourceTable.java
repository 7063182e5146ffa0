package org.w3id.dkg.loader.extracting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a tab-separated resource file: the form in which dkg keeps its data (patterns,
 * code lists, word lists) out of Java code. Lines starting with {@code #} and blank lines
 * are skipped.
 */
public final class ResourceTable {
    private ResourceTable() {}

    /** The rows of class-path resource {@code name}, each split on tabs. */
    public static List<String[]> read(String name) {
        try (InputStream in = ResourceTable.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing class-path resource " + name);
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class-path resource " + name, e);
        }
    }
}
