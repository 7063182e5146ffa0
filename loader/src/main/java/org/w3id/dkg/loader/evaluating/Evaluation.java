package org.w3id.dkg.loader.evaluating;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.family.FactTable;

/**
 * Measures extraction against a fixture of expected facts, written by a person who read
 * the documents: precision, recall and F1 per fact type. A fixture is a folder with one
 * sub-folder per document ({@code <docId>/instrument_actions.tsv}, ... in the layout of
 * gold/SCHEMA.md); a fact type counts for a document only when its file is there (an
 * empty file says "no such facts"). The documents themselves are looked up by docId in
 * the documents folder ({@code <docId>.txt} or {@code .md}, or the one file named
 * {@code <folder>_…} when the folder has a short name).
 *
 * <p>Events are compared by document and start date, since their keys are minted from the
 * text; a role whose body is an event is compared by that event's start date in the same way
 * ({@link FactRows#withEventBodiesByDate}).
 *
 * <p>Entities minted from the text (no registry lists them) are compared by document, kind and the name the text
 * uses, and their keys in every table of the document read as the expected ones ({@link FactRows#withMintedKeysAsExpected}).
 *
 * <p>Besides the scores it keeps the misses and the false positives, to show a person.
 */
public final class Evaluation {
    private final Map<FactTable, Score> scores = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> disagreements = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    private Evaluation() {}

    /** Extracts every document the fixture covers and compares. */
    public static Evaluation run(DocumentPipeline pipeline, Path fixture, Path documents) throws BadDocumentException {
        if (Files.isDirectory(fixture.resolve("gold"))) fixture = fixture.resolve("gold");
        Evaluation evaluation = new Evaluation();
        Map<FactTable, int[]> counts = new LinkedHashMap<>();
        List<FactTable> tables = pipeline.families().tables();
        FactTable roles = table(tables, "ROLES"), events = table(tables, "EVENTS");
        for (Path docDir : subfolders(fixture, tables)) {
            if (docDir.toAbsolutePath().normalize().equals(documents.toAbsolutePath().normalize())) continue;
            String docId = docDir.getFileName().toString();
            Path file = documentFile(documents, docId);
            Map<FactTable, List<Map<String, String>>> extracted;
            try {
                extracted = FactRows.of(facts(pipeline, file), pipeline.families());
                FactTable mentions = table(tables, "MENTIONS");
                if (mentions != null && Files.exists(docDir.resolve(mentions.file()))) {
                    extracted = FactRows.withMintedKeysAsExpected(extracted, readTsv(docDir.resolve(mentions.file())));
                }
            } catch (BadDocumentException refused) {
                // a document the loader refuses yields no fact: it counts as such, and is listed
                evaluation.refused.add(refused.getMessage());
                extracted = Map.of();
            }
            for (FactTable type : tables) {
                Path expectedFile = docDir.resolve(type.file());
                if (!Files.exists(expectedFile)) continue;
                List<Map<String, String>> expected = readTsv(expectedFile);
                List<Map<String, String>> found = extracted.getOrDefault(type, List.of());
                Path expectedEvents = events == null ? null : docDir.resolve(events.file());
                if (type.equals(roles) && expectedEvents != null && Files.exists(expectedEvents)) {
                    // roles in events are compared by the event's date, as events are
                    expected = FactRows.withEventBodiesByDate(expected, readTsv(expectedEvents));
                    found = FactRows.withEventBodiesByDate(found, extracted.getOrDefault(events, List.of()));
                }
                evaluation.compare(type, expected, found, counts.computeIfAbsent(type, t -> new int[5]));
            }
        }
        counts.forEach((type, c) -> evaluation.scores.put(type, new Score(type, c[0], c[1], c[2], c[3], c[4])));
        return evaluation;
    }

    /** The table named {@code name} among {@code tables}, or null when no family has it. */
    private static FactTable table(List<FactTable> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    public Map<FactTable, Score> scores() {
        return scores;
    }

    public List<String> misses() {
        return misses;
    }

    /** Facts found as expected but with an attribute (date, amount, counterparts ...) that differs. */
    public List<String> disagreements() {
        return disagreements;
    }

    /** The documents the loader refused, each with the reason; they count as yielding no fact. */
    public List<String> refused() {
        return refused;
    }

    public List<String> falsePositives() {
        return falsePositives;
    }

    /** A table of the scores, one line per fact type, then the relation facts and all facts micro-averaged. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-20s %8s %9s %7s %9s %7s %6s %10s%n",
                "fact type", "expected", "extracted", "matched", "precision", "recall", "F1", "attributes"));
        List<Score> lines = new ArrayList<>(scores.values());
        lines.add(relations());
        lines.add(allFacts());
        for (Score s : lines) {
            out.append(String.format("%-20s %8d %9d %7d %9.2f %7.2f %6.2f %10.2f%n", s.type().label(),
                    s.expected(), s.extracted(), s.matched(), s.precision(), s.recall(), s.f1(), s.attributeAgreement()));
        }
        return out.toString();
    }

    private void compare(FactTable type, List<Map<String, String>> expected, List<Map<String, String>> extracted, int[] c) {
        Map<String, Map<String, String>> want = index(type, expected);
        Map<String, Map<String, String>> got = index(type, extracted);
        c[0] += want.size();
        c[1] += got.size();
        for (Map.Entry<String, Map<String, String>> e : want.entrySet()) {
            Map<String, String> found = got.get(e.getKey());
            if (found == null) {
                misses.add(type.label() + "\t" + e.getKey() + "\t" + e.getValue().getOrDefault("evidence", ""));
                continue;
            }
            c[2]++;
            for (String column : type.attributes()) {
                String w = normal(column, e.getValue().getOrDefault(column, "")), g = normal(column, found.getOrDefault(column, ""));
                if (w.isEmpty() && g.isEmpty()) continue;
                c[4]++;
                if (w.equals(g)) c[3]++;
                else disagreements.add(type.label() + "\t" + e.getKey() + "\t" + column + ": expected '" + w + "', found '" + g + "'");
            }
        }
        for (String key : got.keySet()) {
            if (!want.containsKey(key)) falsePositives.add(type.label() + "\t" + key);
        }
    }

    private static Map<String, Map<String, String>> index(FactTable type, List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String key = type.key().stream().map(k -> normal(k, row.getOrDefault(k, ""))).collect(Collectors.joining("|"));
            byKey.putIfAbsent(key, row);
        }
        return byKey;
    }

    private static String normal(String column, String value) {
        String v = value.strip();
        if (column.endsWith("_keys")) {
            return Arrays.stream(v.split("\\s+")).filter(s -> !s.isEmpty()).sorted().collect(Collectors.joining(" "));
        }
        if (column.equals("amount") && !v.isEmpty()) {
            try {
                return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    static List<Map<String, String>> readTsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (lines.isEmpty()) return List.of();
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < cells.length; i++) row.put(header[i], cells[i]);
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }

    private static List<Path> subfolders(Path fixture, List<FactTable> tables) {
        try (Stream<Path> children = Files.list(fixture)) {
            return children.filter(Files::isDirectory).filter(d -> holdsFacts(d, tables)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(fixture + ": cannot list the fixture", e);
        }
    }

    /**
     * The facts of one document. A text of a real-texts fixture opens with lines that say where it comes from
     * ({@code # source: URL}, {@code # language: fr}); they are no part of the text as published, so the
     * document is read without them, under its own name.
     */
    private static DocumentPipeline.Facts facts(DocumentPipeline pipeline, Path file) throws BadDocumentException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return pipeline.facts(file); // the pipeline names the file and the problem
        }
        int header = 0;
        while (header < lines.size() && HEADER.matcher(lines.get(header)).matches()) header++;
        if (header == 0) return pipeline.facts(file);
        try {
            Path dir = Files.createTempDirectory("dkg-evaluate");
            Path copy = dir.resolve(file.getFileName());
            try {
                Files.write(copy, lines.subList(header, lines.size()));
                return pipeline.facts(copy);
            } finally {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot copy without its header lines", e);
        }
    }

    private static final java.util.regex.Pattern HEADER = java.util.regex.Pattern.compile("# (?:source|language): .*");

    /**
     * Micro-averaged score over the tables whose names pass {@code which}: the sums of expected, extracted
     * and matched facts of each, as the issue's figures count them ("relation facts": every type but
     * documents and mentions).
     */
    public Score micro(String name, java.util.function.Predicate<FactTable> which) {
        int[] c = new int[5];
        for (Score s : scores.values()) {
            if (!which.test(s.type())) continue;
            c[0] += s.expected();
            c[1] += s.extracted();
            c[2] += s.matched();
            c[3] += s.attributes();
            c[4] += s.compared();
        }
        return new Score(new FactTable(name, name.toLowerCase(java.util.Locale.ROOT) + ".tsv", List.of(), List.of()), c[0], c[1], c[2], c[3], c[4]);
    }

    /** Every type but documents and mentions. */
    public Score relations() {
        return micro("RELATIONS", t -> !t.name().equals("DOCS") && !t.name().equals("MENTIONS"));
    }

    /** Every type but documents. */
    public Score allFacts() {
        return micro("ALL_FACTS", t -> !t.name().equals("DOCS"));
    }

    /** A document folder holds at least one file of expected facts (the texts folder holds none). */
    private static boolean holdsFacts(Path dir, List<FactTable> tables) {
        for (FactTable type : tables) if (Files.exists(dir.resolve(type.file()))) return true;
        return false;
    }

    /** The document {@code <docId>.txt} or {@code .md}; a short folder name ({@code 001}) may name {@code 001_…}. */
    private static Path documentFile(Path documents, String docId) {
        for (String ext : List.of(".txt", ".md")) {
            Path p = documents.resolve(docId + ext);
            if (Files.exists(p)) return p;
        }
        try (Stream<Path> files = Files.list(documents)) {
            List<Path> prefixed = files.filter(f -> f.getFileName().toString().startsWith(docId + "_")).toList();
            if (prefixed.size() == 1) return prefixed.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(documents + ": cannot list", e);
        }
        throw new UncheckedIOException(new IOException(documents + ": no document " + docId + ".txt or .md for the fixture"));
    }

}
