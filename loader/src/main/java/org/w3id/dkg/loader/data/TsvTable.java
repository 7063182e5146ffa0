package org.w3id.dkg.loader.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A registry table read from the class path: UTF-8, tab-separated, {@code #} comment lines, a header row.
 * Registries are kept as data files so that curators can edit them without touching Java; this reader
 * names the resource and line of any row it cannot read. Cells are split by Apache Commons CSV with no
 * quoting and no escapes: a cell holds exactly the characters between its tabs (rules are regular
 * expressions, full of quotes and backslashes).
 */
public final class TsvTable {
    private static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter('\t').setQuote(null)
            .setEscape(null).setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false)
            .setTrim(false).get();

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

    private final List<Row> rows;

    private TsvTable(List<Row> rows) {
        this.rows = rows;
    }

    /** Reads a class-path resource (absolute name, e.g. {@code /dkg/registry/organisations.tsv}). */
    public static TsvTable read(String resource) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DataFormatException("registry resource not found: " + resource);
        }
        try (CSVParser parser = FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = List.copyOf(cells);
                    continue;
                }
                // Records never span lines here (no quoting): the parser has just read this record's line.
                long line = parser.getCurrentLineNumber();
                if (cells.size() > header.size()) {
                    throw new DataFormatException(resource + ":" + line + ": " + cells.size()
                            + " cells but the header has " + header.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    values.put(header.get(i), cells.get(i));
                }
                rows.add(new Row(resource, (int) line, Collections.unmodifiableMap(values)));
            }
            if (header == null) {
                throw new DataFormatException(resource + ": no header row");
            }
            return new TsvTable(List.copyOf(rows));
        } catch (IOException | UncheckedIOException e) {
            throw new DataFormatException("cannot read " + resource, e);
        }
    }

    public List<Row> rows() {
        return rows;
    }
}
