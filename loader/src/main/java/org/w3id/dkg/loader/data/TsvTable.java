package org.w3id.dkg.loader.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry table read from the class path: UTF-8, tab-separated, {@code #} comment lines, a header row.
 * Registries are kept as data files so that curators can edit them without touching Java; this reader
 * names the resource and line of any row it cannot read.
 */
public final class TsvTable {

    /** One data row, with the place it came from for error messages. */
    public record Row(String source, int line, Map<String, String> values) {
        /** The trimmed value of a column, empty when the column is missing or blank. */
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        /** The value of a column that must not be empty. */
        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new DataFormatException(where() + ": column '" + column + "' is empty");
            }
            return v;
        }

        public String where() {
            return source + ":" + line;
        }
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /** Reads a class-path resource (absolute name, e.g. {@code /dkg/registry/organisations.tsv}). */
    public static TsvTable read(String resource) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DataFormatException("registry resource not found: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cells);
                    continue;
                }
                if (cells.length > header.size()) {
                    throw new DataFormatException(resource + ":" + n + ": " + cells.length
                            + " cells but the header has " + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    values.put(header.get(i), cells[i]);
                }
                rows.add(new Row(resource, n, Collections.unmodifiableMap(values)));
            }
            if (header == null) {
                throw new DataFormatException(resource + ": no header row");
            }
            return new TsvTable(resource, header, List.copyOf(rows));
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + resource, e);
        }
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}
