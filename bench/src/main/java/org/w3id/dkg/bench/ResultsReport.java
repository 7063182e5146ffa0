package org.w3id.dkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the figures of one run as Markdown: the machine, one table per benchmark, and the goals with
 * whether each is met and by how much it is missed. Every table says what each column measures, because a
 * figure read out of its context is the usual way a benchmark misleads.
 */
public final class ResultsReport {
    private final StringBuilder md = new StringBuilder();
    private final List<String[]> goals = new ArrayList<>();

    public ResultsReport(String title, String command, Map<String, String> machine) {
        md.append("# ").append(title).append("\n\n");
        md.append("Command: `").append(command).append("`\n\n## Machine\n\n| what | value |\n|---|---|\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.replace("|", "/")).append(" |\n"));
        md.append('\n');
    }

    public ResultsReport text(String s) {
        md.append(s).append("\n\n");
        return this;
    }

    public void extraction(List<ExtractionBench.Result> rows, ExtractionBench.Profile profile) {
        md.append("## Extraction without a store\n\n")
          .append("MB/s of UTF-8 text (10^6 bytes), best of the repeats. *read*: bytes and strict UTF-8 decoding; ")
          .append("*limit*: read + fold + the loader's Aho-Corasick `AliasMatcher` alone (the physical limit); ")
          .append("*recognise*: read + the whole `EntityRecogniser`; *extract*: `DocumentPipeline.extract` ")
          .append("(read, normalise, segment, sentences, recognise, dates, amounts, facts, RDF model). Goal: extract >= 50% of limit.\n\n")
          .append("| size | MB | files | read MB/s | limit MB/s | recognise MB/s | extract MB/s | extract / limit | failed docs | repeats |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ExtractionBench.Result r : rows) {
            md.append(String.format("| %s | %.2f | %d | %.1f | %.1f | %.2f | %.2f | %.1f%% | %d | %d |%n", r.size(), r.bytes() / 1e6,
                    r.files(), r.mbps(r.readS()), r.mbps(r.limitS()), r.mbps(r.recogniseS()), r.mbps(r.extractS()),
                    100 * r.limitS() / r.extractS(), r.failures(), r.repeats()));
        }
        if (!rows.isEmpty()) {
            ExtractionBench.Result last = rows.get(rows.size() - 1);
            double share = 100 * last.limitS() / last.extractS();
            goal("extraction >= 50% of the matcher limit (" + last.size() + ")", String.format("%.1f%%", share),
                    share >= 50, share >= 50 ? "" : String.format("%.0fx too slow (needs %.1f MB/s, has %.2f)",
                            50 / share, last.mbps(last.limitS()) / 2, last.mbps(last.extractS())));
        }
        if (profile != null) {
            md.append("\n### Where extraction spends its time (").append(profile.size()).append(", ")
              .append(profile.samples()).append(" stack samples every 5 ms)\n\n")
              .append("Self: the method on top of the stack. Total: samples where a dkg method is anywhere on the stack.\n\n")
              .append("| self % | method |\n|---:|---|\n");
            profile.self().forEach((k, v) -> md.append(String.format("| %.1f | `%s` |%n", v, k)));
            md.append("\n| total % | dkg method |\n|---:|---|\n");
            profile.dkgTotal().forEach((k, v) -> md.append(String.format("| %.1f | `%s` |%n", v, k)));
        }
        md.append('\n');
    }

    public void loading(List<LoadBench.Result> rows, String xmx) {
        md.append("## Loading: `dkg load` path against `tdb2.tdbloader`\n\n")
          .append("Ours: `CorpusLoader` (extraction + SHACL check + one TDB2 write transaction per document, through the ")
          .append("Lucene full-text index as every `dkg load` writes). ")
          .append("Bulk: Jena 5.6.0 `tdb2.tdbloader` (default loader) on the N-Quads our store exports (same quads). ")
          .append("Both in their own JVM with `-Xmx").append(xmx).append("`; seconds inside the JVM (JVM start excluded). ")
          .append("Peak live = heap in use after a GC (max); peak used = sampled heap in use, garbage included. ")
          .append("Store size = `du` of the TDB2 folder (ours: with its `text-index`; bulk has none).\n\n")
          .append("| size | input MB | docs | failed | quads | ours s | ours quads/s | bulk s | bulk quads/s | ours/bulk | ours peak live / used MB | bulk peak live / used MB | ours store MB | bulk store MB | N-Quads MB |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadBench.Result r : rows) {
            md.append(String.format("| %s | %.2f | %d | %d | %d | %.1f%s | %.0f | %.1f%s | %.0f | %.3f | %.0f / %.0f | %.0f / %.0f | %.1f | %.1f | %.1f |%n",
                    r.size(), r.inputBytes() / 1e6, r.documents(), r.failed(), r.quads(), r.ourSeconds(), r.ourExit() == 0 ? "" : " (exit " + r.ourExit() + ")",
                    r.quads() / r.ourSeconds(), r.bulkSeconds(), r.bulkExit() == 0 ? "" : " (exit " + r.bulkExit() + ")",
                    r.quads() / r.bulkSeconds(), r.ratio(), r.ourPeakLive() / 1e6, r.ourPeakUsed() / 1e6,
                    r.bulkPeakLive() / 1e6, r.bulkPeakUsed() / 1e6, r.ourStoreBytes() / 1e6, r.bulkStoreBytes() / 1e6, r.nqBytes() / 1e6));
        }
        for (LoadBench.Result r : rows) {
            if (!r.refused().isEmpty()) {
                md.append(String.format("%nRefused by the loader at %s (the reasons are in the log `logs/load-ours-%s.log` of the work folder): %s.%n",
                        r.size(), r.size(), String.join(", ", r.refused())));
            }
        }
        List<LoadBench.Result> scaled = rows.stream().filter(r -> !r.size().equals("corpus")).toList();
        double[] x = scaled.stream().mapToDouble(LoadBench.Result::inputBytes).toArray();
        double ourSlope = LoadBench.logLogSlope(x, scaled.stream().mapToDouble(LoadBench.Result::ourSeconds).toArray());
        double bulkSlope = LoadBench.logLogSlope(x, scaled.stream().mapToDouble(LoadBench.Result::bulkSeconds).toArray());
        md.append(String.format("%nLog-log slope of time against input size (generated sizes): ours **%.2f**, bulk loader **%.2f** (1 = linear). ", ourSlope, bulkSlope));
        if (scaled.size() >= 2) {
            LoadBench.Result a = scaled.get(scaled.size() - 2), b = scaled.get(scaled.size() - 1);
            double s2 = LoadBench.logLogSlope(new double[] {a.inputBytes(), b.inputBytes()}, new double[] {a.ourSeconds(), b.ourSeconds()});
            md.append(String.format("Between the two largest sizes: ours %.2f.", s2));
        }
        md.append("\n\n");
        if (!rows.isEmpty()) {
            LoadBench.Result last = rows.get(rows.size() - 1);
            goal("load rate ours/bulk >= 0.8 (" + last.size() + ")", String.format("%.3f", last.ratio()), last.ratio() >= 0.8,
                    last.ratio() >= 0.8 ? "" : String.format("%.0fx too slow", 0.8 / last.ratio()));
            boolean fits = last.ourExit() == 0 && last.ourPeakLive() < 1_000_000_000L;
            goal("peak heap of our load < 1 GB (at " + last.size() + "; 1000x only with --with-1000x)",
                    String.format("live %.0f MB, used %.0f MB, -Xmx%s, exit %d", last.ourPeakLive() / 1e6, last.ourPeakUsed() / 1e6, xmx, last.ourExit()),
                    fits, fits ? "" : "did not complete within the heap");
            // A slope below 1 means fixed costs (JVM, registries) still weigh at small sizes, not that cost falls;
            // only a slope above 1 says cost grows faster than the input.
            goal("load time at most linear in size (log-log slope <= 1.15)", String.format("%.2f", ourSlope), ourSlope <= 1.15,
                    ourSlope <= 1.15 ? "" : String.format("super-linear by %.2f", ourSlope - 1));
        }
    }

    public void queries(List<QueryBench.Row> rows) {
        md.append("## Queries over HTTP: ours (`dkg.jar serve`) against stock Fuseki 5.6.0 on a copy of the same store\n\n")
          .append("Milliseconds per request, closed loop (each client waits for the whole answer, JSON results), 3 warm-up requests. ")
          .append("Ratio = ours / stock (goal <= 1.2). `state-profile` runs with state=ESP, `provenance` with a fact IRI of the store; ")
          .append("the other queries unbound. n = requests measured per server; bytes = size of one answer (same data: they should match).\n\n")
          .append("| store | query | clients | ours median | ours p95 | stock median | stock p95 | ratio median | ratio p95 | n ours/stock | errors | bytes ours/stock |\n")
          .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int over = 0, total = 0;
        double worst = 0;
        String worstName = "";
        for (QueryBench.Row r : rows) {
            md.append(String.format("| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %s | %.2f | %d/%d | %d/%d | %d/%d |%n", r.store(), r.query(), r.clients(),
                    r.ours().medianMs(), r.ours().p95Ms(), r.stock().medianMs(), r.stock().p95Ms(),
                    r.ratioMedian() > 1.2 ? String.format("**%.2f**", r.ratioMedian()) : String.format("%.2f", r.ratioMedian()),
                    r.ratioP95(), r.ours().requests(), r.stock().requests(), r.ours().errors(), r.stock().errors(), r.ours().bytes(), r.stock().bytes()));
            total++;
            if (r.ratioMedian() > 1.2) over++;
            if (r.ratioMedian() > worst) {
                worst = r.ratioMedian();
                worstName = r.store() + " " + r.query() + " c=" + r.clients();
            }
        }
        md.append('\n');
        goal("query latency ours/stock <= 1.2 (median, every query)", String.format("%d of %d over; worst %.2f (%s)", over, total, worst, worstName),
                over == 0, over == 0 ? "" : String.format("worst by %.0f%%", 100 * (worst / 1.2 - 1)));
    }

    public void startup(List<StartupBench.Result> results) {
        md.append("## Start-up: launch to first answered query on an existing store\n\n")
          .append("| store | ours (each run) s | ours median s | stock Fuseki (each run) s | stock median s |\n|---|---|---:|---|---:|\n");
        for (StartupBench.Result r : results) {
            md.append(String.format("| %s | %s | %.2f | %s | %.2f |%n", r.store(), fmt(r.ours()), StartupBench.median(r.ours()),
                    fmt(r.stock()), StartupBench.median(r.stock())));
            double m = StartupBench.median(r.ours());
            goal("start-up < 5 s (" + r.store() + ")", String.format("%.2f s (stock %.2f s)", m, StartupBench.median(r.stock())), m < 5,
                    m < 5 ? "" : String.format("%.1f s over", m - 5));
        }
        md.append('\n');
    }

    private static String fmt(List<Double> xs) {
        return String.join(", ", xs.stream().map(x -> String.format("%.2f", x)).toList());
    }

    private void goal(String what, String measured, boolean met, String miss) {
        goals.add(new String[] {what, measured, met ? "met" : "**missed**", miss});
    }

    public String render() {
        StringBuilder out = new StringBuilder(md);
        out.append("## Goals\n\n| goal | measured | verdict | by how much |\n|---|---|---|---|\n");
        for (String[] g : goals) out.append("| ").append(String.join(" | ", g)).append(" |\n");
        return out.toString();
    }
}
