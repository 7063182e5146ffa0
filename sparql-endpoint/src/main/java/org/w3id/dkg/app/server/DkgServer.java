package org.w3id.dkg.app.server;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3id.dkg.app.store.StoreCounts;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * A running dkg web server over one store: starts the Spring Boot application with the
 * store handed in, knows its port and endpoint URL, and stops it. {@code dkg serve} and
 * the tests use the same entry point. The store, opened for writing, is seen through its
 * full-text index ({@link DkgStore#open}), so search and every write through the server use it;
 * closing the server never closes the store.
 */
public final class DkgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dkg.server");
    private final ConfigurableApplicationContext context;
    private final int port;
    private final DkgStore store;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DkgServer(ConfigurableApplicationContext context, int port, DkgStore store) {
        this.context = context;
        this.port = port;
        this.store = store;
    }

    /** Starts a server on {@code port} (0: any free port) with the default settings. */
    public static DkgServer start(DkgStore store, int port) {
        return start(store, port, Map.of());
    }

    /**
     * Starts a server on {@code port} (0: any free port). {@code properties} override the
     * settings in {@code application.properties}, e.g. {@code dkg.query.timeout=5s}.
     */
    public static DkgServer start(DkgStore store, int port, Map<String, Object> properties) {
        Map<String, Object> args = new HashMap<>(properties);
        args.put("server.port", port);
        String[] commandLine = args.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DkgWebApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("dkgStore", store))
                .run(commandLine);
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        DkgServer server = new DkgServer(context, actual, store);
        LOG.info("SPARQL endpoint: {}", server.sparqlUrl());
        return server;
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:PORT}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The SPARQL query endpoint, {@code http://localhost:PORT/dkg/sparql}. */
    public String sparqlUrl() {
        return baseUrl() + FusekiConfig.DATASET + "/sparql";
    }

    /** What the store holds, as the home page and the health check show it. */
    public StoreCounts.Counts counts() {
        return context.getBean(StoreCounts.class).current();
    }

    /** The guard that aborts the running queries when the heap is nearly full. */
    public MemoryGuard memoryGuard() {
        return context.getBean(MemoryGuard.class);
    }

    /** The store as the server sees it: through its full-text index. */
    public DkgStore store() {
        return store;
    }

    /** Blocks until {@link #close()} is called (e.g. by a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            stopped.countDown();
        }
    }
}
