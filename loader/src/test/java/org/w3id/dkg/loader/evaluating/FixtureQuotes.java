package org.w3id.dkg.loader.evaluating;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Checks that the evidence quotes of a fixture occur in their documents (white space folded). */
final class FixtureQuotes {
    private FixtureQuotes() {}

    static List<String> unfound(Path fixture, Path documents) {
        List<String> unfound = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(fixture)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path doc = document(documents, dir.getFileName().toString());
                if (doc == null) continue;
                String text = fold(Files.readString(doc));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path tsv : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                        for (Map<String, String> row : Evaluation.readTsv(tsv)) {
                            String quote = fold(row.getOrDefault("evidence", ""));
                            if (!quote.isEmpty() && !text.contains(quote)) unfound.add(tsv + ": " + quote);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unfound;
    }

    private static Path document(Path documents, String name) throws IOException {
        try (Stream<Path> files = Files.list(documents)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name)).findFirst().orElse(null);
        }
    }

    /** PDF text breaks lines and words: compare letters and digits only. */
    private static String fold(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
