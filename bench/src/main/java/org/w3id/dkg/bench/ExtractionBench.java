package org.w3id.dkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.reading.DocumentReader;
import org.w3id.dkg.loader.recognising.AliasMatcher;
import org.w3id.dkg.loader.recognising.EntityRecogniser;

/**
 * Extraction throughput without a store, against the physical limit measured in the same run. Four passes
 * over the same files: reading (bytes and strict UTF-8 decoding), the limit (reading plus the loader's
 * Aho-Corasick name matcher alone), recognition (reading plus the whole entity recogniser) and extraction
 * (the whole {@link DocumentPipeline#extract} down to the RDF model of each document). Why this limit: every
 * extraction must at least read the bytes and find the names in them; what it spends beyond that is the
 * pipeline's own cost.
 */
public final class ExtractionBench {
    /** Seconds of each pass at one size, best of the repeats. */
    public record Result(String size, long bytes, int files, double readS, double limitS, double recogniseS,
                         double extractS, int failures, int repeats) {
        double mbps(double seconds) {
            return bytes / 1e6 / seconds;
        }
    }

    /** Where the time of extraction goes, sampled on the largest size. */
    public record Profile(String size, int samples, Map<String, Double> self, Map<String, Double> dkgTotal) {}

    private final DocumentPipeline pipeline;
    private final EntityRecogniser recogniser;
    private final AliasMatcher matcher;
    private final DocumentReader reader = new DocumentReader();

    public ExtractionBench(DocumentPipeline pipeline) {
        this.pipeline = pipeline;
        this.recogniser = new EntityRecogniser(pipeline.registry());
        this.matcher = AliasMatcher.of(pipeline.registry());
    }

    /** Warms the JIT on {@code dir} (a pass of each kind), untimed. */
    public void warmUp(Path dir) throws Exception {
        List<Path> files = CorpusLoader.documentFiles(List.of(dir));
        for (int r = 0; r < 3; r++) {
            read(files);
            limit(files);
            recognise(files);
            extract(files);
        }
    }

    public Result measure(String size, Path dir, int repeats) throws Exception {
        List<Path> files = CorpusLoader.documentFiles(List.of(dir));
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        double[] read = new double[repeats], limit = new double[repeats], rec = new double[repeats], ext = new double[repeats];
        int failures = 0;
        for (int r = 0; r < repeats; r++) {
            // Interleaved, so that the load of the shared machine weighs on every pass alike.
            read[r] = time(() -> read(files));
            limit[r] = time(() -> limit(files));
            rec[r] = time(() -> recognise(files));
            int[] failed = new int[1];
            ext[r] = time(() -> failed[0] = extract(files));
            failures = failed[0];
        }
        return new Result(size, bytes, files.size(), min(read), min(limit), min(rec), min(ext), failures, repeats);
    }

    /** Runs extraction over {@code dir} under a stack sampler. */
    public Profile profile(String size, Path dir) throws Exception {
        List<Path> files = CorpusLoader.documentFiles(List.of(dir));
        try (StackSampler sampler = new StackSampler(Thread.currentThread(), 5)) {
            extract(files);
            return new Profile(size, sampler.samples(), sampler.topSelf(12), sampler.topTotal(15, "dkg"));
        }
    }

    private long read(List<Path> files) throws BadDocumentException {
        long chars = 0;
        for (Path f : files) chars += reader.read(f).raw().length();
        return chars;
    }

    private long limit(List<Path> files) throws BadDocumentException {
        long n = 0;
        for (Path f : files) n += matcher.count(reader.read(f).raw());
        return n;
    }

    private long recognise(List<Path> files) throws BadDocumentException {
        long n = 0;
        for (Path f : files) n += recogniser.recognise(reader.read(f).raw()).size();
        return n;
    }

    private int extract(List<Path> files) {
        int failures = 0;
        long triples = 0;
        for (Path f : files) {
            try {
                triples += pipeline.extract(f).model().size();
            } catch (BadDocumentException | RuntimeException e) {
                failures++;
            }
        }
        return triples < 0 ? -1 : failures;
    }

    private interface Pass {
        Object run() throws Exception;
    }

    private static double time(Pass pass) throws Exception {
        long t0 = System.nanoTime();
        pass.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double min(double[] xs) {
        return Arrays.stream(xs).min().orElse(Double.NaN);
    }
}
