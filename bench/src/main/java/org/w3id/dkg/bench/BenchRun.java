package org.w3id.dkg.bench;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.dkg.loader.DocumentPipeline;

/**
 * Runs the benchmarks in order — generate the scale corpus, extraction, loading, queries, start-up — and
 * writes {@code results/DATE.md} and {@code results/DATE-cost.png}. One entry point so that one command
 * gives one consistent set of figures from one state of the machine.
 *
 * <p>Options: {@code --home DIR} (repository), {@code --work DIR} (generated data and stores, ignored by
 * git), {@code --results DIR}, {@code --sizes 1,10,100} (multiples of the corpus; add 1000 for the big
 * one), {@code --classpath FILE}, {@code --fuseki JAR}, {@code --skip extract,load,query,startup},
 * {@code --xmx 1g} (heap of both loaders), {@code --query-size 100}.
 */
public final class BenchRun {
    private BenchRun() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(opt(args, "--home", "."));
        Path work = Path.of(opt(args, "--work", home.resolve("bench/work").toString()));
        Path results = Path.of(opt(args, "--results", home.resolve("bench/results").toString()));
        List<Integer> sizes = Arrays.stream(opt(args, "--sizes", "1,10,100").split(",")).map(Integer::parseInt).toList();
        Set<String> skip = new HashSet<>(Arrays.asList(opt(args, "--skip", "").split(",")));
        String xmx = opt(args, "--xmx", "1g");
        String querySize = opt(args, "--query-size", Integer.toString(sizes.stream().filter(s -> s <= 100).max(Integer::compare).orElse(1)));
        String classpath = Files.readString(Path.of(opt(args, "--classpath", home.resolve("bench/target/classpath.txt").toString()))).trim()
                + java.io.File.pathSeparator + home.resolve("bench/target/classes");
        Path fuseki = Path.of(opt(args, "--fuseki", home.resolve("bench/target/fuseki/jena-fuseki-server.jar").toString()));
        Path corpus = home.resolve("corpus");
        Files.createDirectories(results);

        var machine = MachineInfo.describe();
        machine.forEach((k, v) -> System.out.println(k + ": " + v));
        ResultsReport report = new ResultsReport("dkg benchmarks, " + LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES),
                "bench/run.sh " + String.join(" ", args), machine);
        report.text("The machine is shared with other builds and tests while this runs: figures are noisy. Compare them as "
                + "ratios within this run (each pair is measured side by side), not across runs. `corpus` is the five bundled "
                + "reports; `Nx` is the generated corpus of N times their size (seed " + CorpusGenerator.SEED + ").");

        DocumentPipeline pipeline = DocumentPipeline.withDefaults();
        CorpusGenerator generator = new CorpusGenerator(corpus, pipeline.registry());
        List<String> tags = new ArrayList<>(List.of("corpus"));
        List<Path> dirs = new ArrayList<>(List.of(corpus));
        for (int n : sizes) {
            long t0 = System.nanoTime();
            CorpusGenerator.Generated g = generator.generate(n, work.resolve("corpus-" + n + "x"));
            System.out.printf("generated %dx: %d files, %.1f MB in %.1f s%n", n, g.files(), g.bytes() / 1e6, (System.nanoTime() - t0) / 1e9);
            tags.add(n + "x");
            dirs.add(g.dir());
        }

        List<ExtractionBench.Result> extraction = new ArrayList<>();
        List<LoadBench.Result> loads = new ArrayList<>();
        List<QueryBench.Row> queries = new ArrayList<>();
        List<StartupBench.Result> startups = new ArrayList<>();
        String md = null;
        try {
            if (!skip.contains("extract")) {
                System.out.println("== extraction");
                ExtractionBench eb = new ExtractionBench(pipeline);
                eb.warmUp(corpus);
                for (int i = 0; i < tags.size(); i++) {
                    long bytes = dirBytes(dirs.get(i));
                    ExtractionBench.Result r = eb.measure(tags.get(i), dirs.get(i), bytes < 5_000_000 ? 3 : 1);
                    System.out.printf("  %-6s %.1f MB: read %.1f, limit %.1f, recognise %.2f, extract %.2f MB/s%n", r.size(),
                            r.bytes() / 1e6, r.mbps(r.readS()), r.mbps(r.limitS()), r.mbps(r.recogniseS()), r.mbps(r.extractS()));
                    extraction.add(r);
                }
                int p = Math.min(tags.size() - 1, Math.max(1, tags.indexOf("10x")));
                ExtractionBench.Profile profile = eb.profile(tags.get(p), dirs.get(p));
                report.extraction(extraction, profile);
            }
            ChildJvm jvm = new ChildJvm(classpath);
            LoadBench lb = new LoadBench(jvm, work, xmx);
            if (!skip.contains("load")) {
                System.out.println("== loading");
                for (int i = 0; i < tags.size(); i++) {
                    long bytes = dirBytes(dirs.get(i));
                    long timeout = 900 + bytes / 20_000;
                    LoadBench.Result r = lb.measure(tags.get(i), dirs.get(i), bytes, timeout);
                    System.out.printf("  %-6s quads %d: ours %.1f s (%.0f q/s, live %d MB), bulk %.1f s (%.0f q/s), ratio %.3f%n",
                            r.size(), r.quads(), r.ourSeconds(), r.quads() / r.ourSeconds(), r.ourPeakLive() >> 20, r.bulkSeconds(),
                            r.quads() / r.bulkSeconds(), r.ratio());
                    loads.add(r);
                }
                report.loading(loads, xmx);
            }
            Servers servers = new Servers(jvm, home.resolve("dkg"), fuseki, work.resolve("logs"));
            if (!skip.contains("query") || !skip.contains("startup")) servers.prepareOurs();
            if (!skip.contains("query")) {
                System.out.println("== queries");
                QueryBench qb = new QueryBench(10, 2, 10);
                for (String tag : new LinkedHashSetOf("corpus", querySize + "x").items()) {
                    Path ours = lb.ourStore(tag);
                    if (!Files.isDirectory(ours)) continue;
                    Path copy = work.resolve("stores/stock-copy-" + tag);
                    LoadBench.delete(copy);
                    new ProcessBuilder("cp", "-a", ours.toString(), copy.toString()).inheritIO().start().waitFor();
                    Files.deleteIfExists(copy.resolve("tdb.lock"));
                    Servers.Running o = servers.ours(ours, tag), s = servers.stock(copy, tag);
                    try {
                        System.out.printf("  %s ready: ours %.1f s, stock %.1f s%n", tag, servers.awaitFirstAnswer(o, 180), servers.awaitFirstAnswer(s, 180));
                        queries.addAll(qb.measure(tag, o.sparql(), s.sparql()));
                    } finally {
                        Servers.stop(o);
                        Servers.stop(s);
                    }
                }
                report.queries(queries);
            }
            if (!skip.contains("startup")) {
                System.out.println("== start-up");
                StartupBench sb = new StartupBench(servers);
                for (String tag : new LinkedHashSetOf("corpus", querySize + "x").items()) {
                    if (Files.isDirectory(lb.ourStore(tag))) startups.add(sb.measure(tag, lb.ourStore(tag), 3));
                }
                report.startup(startups);
            }
        } finally {
            report.text("Load average at the end: " + MachineInfo.loadAverage());
            String date = LocalDate.now().toString();
            Path png = results.resolve(date + "-cost.png");
            plot(extraction, loads, png);
            report.text("![cost against input size](" + png.getFileName() + ")");
            md = report.render();
            Files.writeString(results.resolve(date + ".md"), md);
            System.out.println(md);
            System.out.println("written: " + results.resolve(date + ".md") + ", " + png);
        }
    }

    private static void plot(List<ExtractionBench.Result> ex, List<LoadBench.Result> loads, Path png) throws Exception {
        LogLogPlot plot = new LogLogPlot("dkg: cost against input size (log-log)");
        if (!ex.isEmpty()) {
            double[] x = ex.stream().mapToDouble(r -> r.bytes() / 1e6).toArray();
            plot.add("extraction (no store)", x, ex.stream().mapToDouble(ExtractionBench.Result::extractS).toArray(), new Color(200, 60, 40));
            plot.add("limit: read + matcher", x, ex.stream().mapToDouble(ExtractionBench.Result::limitS).toArray(), new Color(60, 160, 60));
        }
        if (!loads.isEmpty()) {
            double[] x = loads.stream().mapToDouble(r -> r.inputBytes() / 1e6).toArray();
            plot.add("load: dkg (CorpusLoader)", x, loads.stream().mapToDouble(LoadBench.Result::ourSeconds).toArray(), new Color(40, 90, 200));
            plot.add("load: tdb2.tdbloader", x, loads.stream().mapToDouble(LoadBench.Result::bulkSeconds).toArray(), new Color(150, 60, 180));
        }
        plot.write(png);
    }

    private static long dirBytes(Path dir) throws Exception {
        long total = 0;
        for (Path f : org.w3id.dkg.loader.CorpusLoader.documentFiles(List.of(dir))) total += Files.size(f);
        return total;
    }

    private static String opt(String[] args, String name, String dflt) {
        String value = dflt;
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) value = args[i + 1];
        return value;
    }

    private record LinkedHashSetOf(String... values) {
        List<String> items() {
            return new ArrayList<>(new java.util.LinkedHashSet<>(List.of(values)));
        }
    }
}
