package org.w3id.dkg.app.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.dkg.app.store.StoreStats;
import org.w3id.dkg.loader.rdf.Prefixes;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dkg stats}: what the store holds, counted per named graph, class and fact type. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts triples per named graph, instances per class, and facts per fact type",
                "(a fact is a subject with dkg:evidence; its type is its rdf:type)."})
public final class StatsCommand implements Callable<Integer> {
    private final Streams streams;

    public StatsCommand(Streams streams) {
        this.streams = streams;
    }

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintStream out = streams.out();
        try (DkgStore s = store.openForReading()) {
            s.read(ds -> {
                out.printf("store %s: %d triples, %d documents%n", store.dir(), StoreStats.triples(ds), StoreStats.documents(ds));
                section(out, "triples per graph", StoreStats.triplesPerGraph(ds), "(default graph)");
                section(out, "instances per class", StoreStats.instancesPerClass(ds), "(none)");
                section(out, "facts per fact type", StoreStats.factsPerType(ds), "(untyped)");
                return null;
            });
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void section(PrintStream out, String title, Map<String, Long> counts, String emptyKey) {
        out.println();
        out.println(title + ":");
        if (counts.isEmpty()) {
            out.println("  (none)");
            return;
        }
        int width = counts.values().stream().mapToInt(n -> Long.toString(n).length()).max().orElse(1);
        counts.forEach((key, n) -> out.printf("  %" + width + "d  %s%n", n, key.isEmpty() ? emptyKey : Prefixes.MAPPING.shortForm(key)));
    }
}
