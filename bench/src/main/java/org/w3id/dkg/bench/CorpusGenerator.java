package org.w3id.dkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.recognising.EntityMention;
import org.w3id.dkg.loader.recognising.EntityRecogniser;

/**
 * Makes a scale corpus of N times the size of {@code corpus/}, deterministically (fixed seed, one random
 * stream per generated document, so the first documents of 10x are those of 1x). Why recombine rather than
 * copy: copies would give the store identical facts and the caches identical work; recombined documents keep
 * the structure the segmenter expects (each is a corpus report whose header is kept, some body paragraphs
 * swapped for paragraphs of other reports) while naming other States, organisations and instruments (drawn
 * from the registries), other dates and other amounts.
 */
public final class CorpusGenerator {
    /** The seed of every generated corpus; change it and every figure changes. */
    public static final long SEED = 0x5EED_D1C6L;
    private static final String VERSION = "gen-v1";
    private static final int HEADER_PARAGRAPHS = 6;
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"};
    private static final Pattern DATE = Pattern.compile(
            "\\b(1er|\\d{1,2}) (" + String.join("|", MONTHS) + ") ((?:19|20)\\d{2})\\b");
    private static final Pattern AMOUNT = Pattern.compile("\\b\\d{1,3}(?:[\\u00A0\\u202F ]\\d{3})+(?:,\\d+)?\\b");

    private record Source(String name, List<String> paragraphs) {}

    private final List<Source> sources = new ArrayList<>();
    private final List<String> bodyPool = new ArrayList<>();
    private final EntityRecogniser recogniser;
    private final List<List<String>> namesByKind = new ArrayList<>();
    private final long corpusBytes;

    public CorpusGenerator(Path corpusDir, EntityRegistry registry) throws IOException {
        long bytes = 0;
        for (Path file : CorpusLoader.documentFiles(List.of(corpusDir))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            bytes += Files.size(file);
            List<String> paragraphs = List.of(text.split("\\n[ \\t]*\\n"));
            sources.add(new Source(file.getFileName().toString(), paragraphs));
            bodyPool.addAll(paragraphs.subList(Math.min(HEADER_PARAGRAPHS, paragraphs.size()), paragraphs.size()));
        }
        this.corpusBytes = bytes;
        this.recogniser = new EntityRecogniser(registry);
        for (EntityKind kind : EntityKind.values()) {
            List<String> names = registry.all(kind).stream().map(Entity::labelFr)
                    .filter(l -> l != null && !l.isBlank() && Character.isUpperCase(l.charAt(0))
                            && registry.byAlias(l).isPresent())
                    .sorted().toList();
            namesByKind.add(names);
        }
    }

    public long corpusBytes() {
        return corpusBytes;
    }

    /** What a generation made. */
    public record Generated(Path dir, int files, long bytes) {}

    /** Generates {@code factor} x the corpus into {@code dir}, or reuses it when a complete one is there. */
    public Generated generate(int factor, Path dir) throws IOException {
        Path marker = dir.resolve(".complete");
        String stamp = VERSION + " seed=" + SEED + " factor=" + factor;
        if (Files.isRegularFile(marker) && Files.readString(marker).startsWith(stamp)) {
            return scan(dir);
        }
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
        long target = corpusBytes * factor;
        long written = 0;
        int i = 0;
        while (written < target) {
            String text = document(i);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("g%07d.txt", i)), bytes);
            written += bytes.length;
            i++;
        }
        Files.writeString(marker, stamp + "\n");
        return new Generated(dir, i, written);
    }

    private static Generated scan(Path dir) throws IOException {
        List<Path> files = CorpusLoader.documentFiles(List.of(dir));
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        return new Generated(dir, files.size(), bytes);
    }

    /** The {@code i}-th generated document; depends only on the corpus, the registries, the seed and i. */
    String document(int i) {
        Random rnd = new Random(SEED * 1_000_003L + i);
        Source base = sources.get(i % sources.size());
        StringBuilder out = new StringBuilder();
        List<String> ps = base.paragraphs();
        for (int p = 0; p < ps.size(); p++) {
            String paragraph = ps.get(p);
            if (p >= HEADER_PARAGRAPHS && rnd.nextDouble() < 0.3) {
                paragraph = bodyPool.get(rnd.nextInt(bodyPool.size()));
            }
            if (p > 0) out.append("\n\n");
            out.append(paragraph);
        }
        String text = renameEntities(out.toString(), rnd);
        text = redate(text, rnd);
        return reamount(text, rnd);
    }

    private String renameEntities(String text, Random rnd) {
        List<EntityMention> mentions = recogniser.recognise(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (EntityMention m : mentions) {
            List<String> names = namesByKind.get(m.entity().kind().ordinal());
            boolean plainName = "name".equals(m.form()) && !m.surface().isEmpty()
                    && Character.isUpperCase(m.surface().charAt(0)) && m.surface().indexOf('\n') < 0;
            if (plainName && !names.isEmpty() && rnd.nextDouble() < 0.7) {
                out.append(text, at, m.start()).append(names.get(rnd.nextInt(names.size())));
                at = m.end();
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    private static String redate(String text, Random rnd) {
        Matcher m = DATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = m.group();
            if (rnd.nextDouble() < 0.8) {
                int day = 1 + rnd.nextInt(28);
                replacement = (day == 1 ? "1er" : Integer.toString(day)) + " " + MONTHS[rnd.nextInt(12)] + " "
                        + (1995 + rnd.nextInt(30));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String reamount(String text, Random rnd) {
        Matcher m = AMOUNT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            char[] digits = m.group().toCharArray();
            for (int k = 0; k < digits.length; k++) {
                if (Character.isDigit(digits[k])) digits[k] = (char) ('0' + (k == 0 ? 1 + rnd.nextInt(9) : rnd.nextInt(10)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(new String(digits)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
