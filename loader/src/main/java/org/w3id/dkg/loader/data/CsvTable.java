package org.w3id.dkg.loader.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A comma-separated table with RFC 4180 quoting, read from the class path by Apache Commons CSV. It exists
 * for {@code country-codes.csv}, which is kept exactly as published so that it can be refreshed from its source.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final List<Map<String, String>> rows;

    private CsvTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    /** Reads a class-path resource; the first record is the header. Values are trimmed; a missing one is empty. */
    public static CsvTable read(String resource) {
        String text;
        try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFormatException("registry resource not found: " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + resource, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DataFormatException(resource + ": not valid CSV: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new DataFormatException(resource + ": empty");
        }
        List<String> header = records.get(0).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < record.size() ? record.get(c).trim() : "");
            }
            rows.add(row);
        }
        return new CsvTable(List.copyOf(rows));
    }

    public List<Map<String, String>> rows() {
        return rows;
    }
}
