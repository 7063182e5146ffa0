package org.w3id.dkg.loader.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comma-separated table with RFC 4180 quoting, read from the class path. It exists for
 * {@code country-codes.csv}, which is kept exactly as published so that it can be refreshed from its source.
 */
public final class CsvTable {

    private final List<Map<String, String>> rows;

    private CsvTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    /** Reads a class-path resource; the first record is the header. */
    public static CsvTable read(String resource) {
        try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFormatException("registry resource not found: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<List<String>> records = parse(text, resource);
            if (records.isEmpty()) {
                throw new DataFormatException(resource + ": empty");
            }
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                List<String> rec = records.get(i);
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c), c < rec.size() ? rec.get(c).trim() : "");
                }
                rows.add(row);
            }
            return new CsvTable(List.copyOf(rows));
        } catch (IOException e) {
            throw new DataFormatException("cannot read " + resource, e);
        }
    }

    private static List<List<String>> parse(String text, String resource) {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                current.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                current.add(cell.toString());
                cell.setLength(0);
                records.add(current);
                current = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new DataFormatException(resource + ": unterminated quoted field");
        }
        if (cell.length() > 0 || !current.isEmpty()) {
            current.add(cell.toString());
            records.add(current);
        }
        return records;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }
}
