package org.w3id.dkg.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dkg.app.DkgHome;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.app.store.StoreCounts;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dkg serve}: opens the store, fills it if it is empty (or if {@code --load} says so),
 * then serves it read-only over HTTP until stopped. An existing store is reused as it is,
 * so a restart is quick.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: SPARQL at /dkg/sparql, web page at /, health at /health.",
                "An empty store is first filled from --load PATH (default: corpus/ in the dkg home);",
                "a store that holds data is served as it is, unless --load is given."})
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("dkg.store");

    private final Streams streams;

    public ServeCommand(Streams streams) {
        this.streams = streams;
    }

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--load", paramLabel = "PATH", arity = "1..*", description = "documents or folders to load before serving")
    List<Path> load;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserError("--port " + port + ": not a port number");
        }
        long t0 = System.nanoTime();
        DkgStore s = store.openForWriting();
        try {
            if (load != null) {
                Loading.load(s, load, streams.err());
            } else if (s.isEmpty()) {
                Path corpus = DkgHome.defaultCorpus();
                if (Files.isDirectory(corpus)) {
                    LOG.info("store: empty, loading {}", corpus);
                    Loading.load(s, List.of(corpus), streams.err());
                } else {
                    LOG.warn("store: empty, and no {} to load", corpus);
                }
            }
            DkgServer server = DkgServer.start(s, port);
            LOG.info("ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
            // Counting triples reads the whole store: after start-up, not before it.
            Thread counting = new Thread(() -> {
                StoreCounts.Counts counts = server.counts();
                LOG.info("store: {} ({} documents, {} triples)", store.dir(), counts.documents(), counts.triples());
            }, "dkg-store-counts");
            counting.setDaemon(true);
            counting.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                s.close();
            }, "dkg-shutdown"));
            server.awaitStop();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
