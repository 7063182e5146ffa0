package org.w3id.dkg.app.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.dkg.app.api.Endpoints;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dkg load}: extracts documents and writes each as its own named graph, one
 * transaction per document, through the full-text index, then compacts the store when many
 * documents were loaded (see {@link Compaction}). With {@code --server URL} the
 * documents are sent to a running server's {@code /api/load} instead (the server holds
 * the store; TDB2 allows one process per store), as the admin of {@code DKG_ADMIN_USER}
 * and {@code DKG_ADMIN_PASSWORD}.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts documents (files, or folders of .txt/.md files) and loads them into the store,",
                "one transaction per document. A document loaded again replaces its graph.",
                "With --server URL, sends them to a running 'dkg serve' (credentials from DKG_ADMIN_USER and",
                "DKG_ADMIN_PASSWORD). Exit 2 if any file failed."})
public final class LoadCommand implements Callable<Integer> {
    private final Streams streams;

    public LoadCommand(Streams streams) {
        this.streams = streams;
    }

    @Mixin
    StoreOption store;

    @Option(names = "--server", paramLabel = "URL", description = "a running server, e.g. http://localhost:3030")
    String server;

    @Option(names = "--compact-after", paramLabel = "N", defaultValue = "20",
            description = {"compact the store at the end when N or more documents were loaded (default ${DEFAULT-VALUE};",
                    "0: never); each document's transaction leaves old index pages behind, see 'dkg compact'"})
    int compactAfter;

    @Option(names = "--max-document-time", paramLabel = "DURATION", defaultValue = "120s", converter = DurationConverter.class,
            description = {"refuse a document whose extraction takes longer (e.g. 30s, 5m; default ${DEFAULT-VALUE}, as the",
                    "server's dkg.load.max-document-time); it is named, nothing of it is stored, the others load"})
    Duration maxDocumentTime;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "document files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (server != null) {
            return toServer() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
        try (DkgStore s = store.openForWriting()) {
            Loading.Loaded loaded = Loading.load(s, paths, maxDocumentTime, streams.err());
            if (compactAfter > 0 && loaded.documents() >= compactAfter) {
                Compaction.run(s, store.dir(), streams.err());
            }
            return loaded.ok() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    private boolean toServer() throws Exception {
        String user = System.getenv("DKG_ADMIN_USER");
        String password = System.getenv("DKG_ADMIN_PASSWORD");
        if (user == null || password == null) {
            throw new UserError("--server needs the admin credentials in DKG_ADMIN_USER and DKG_ADMIN_PASSWORD");
        }
        String base = server.replaceAll("/+$", "");
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        boolean ok = true;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                streams.err().println(p + ": no such file or folder");
                ok = false;
            }
        }
        for (Path file : CorpusLoader.documentFiles(paths.stream().filter(Files::exists).toList())) {
            String name = URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + Endpoints.LOAD + "?name=" + name))
                    .header("Authorization", auth).header("Content-Type", "text/plain; charset=UTF-8")
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                streams.err().println(file + ": loaded " + response.body());
            } else {
                streams.err().println(file + ": HTTP " + response.statusCode() + " " + response.body());
                ok = false;
            }
        }
        return ok;
    }
}
