package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.dkg.app.Http.enc;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.ExtractedDocument;
import org.w3id.dkg.loader.rdf.ShapeCheck;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * {@code dkg load} in a child JVM killed with SIGKILL at a random moment: the store opens,
 * every document is either whole (the graph an uninterrupted load stores) or absent, the shapes
 * hold, and the full-text index finds exactly the stored documents' quotes.
 */
class CrashDuringLoadTest {
    static final Path CORPUS = Path.of("..", "corpus");
    static final Map<String, Model> expected = new LinkedHashMap<>();

    @BeforeAll
    static void extractEachDocumentOnce() throws Exception {
        DocumentPipeline pipeline = DocumentPipeline.withDefaults();
        for (Path file : CorpusLoader.documentFiles(List.of(CORPUS))) {
            ExtractedDocument doc = pipeline.extract(file);
            expected.put(doc.graphIri(), doc.model());
        }
    }

    @Test
    void aLoadKilledAtARandomMomentLeavesEachDocumentWholeOrAbsent(@TempDir Path tmp) throws Exception {
        // a load left to finish gives the time a whole load takes here, and all five documents
        long t0 = System.nanoTime();
        Process whole = load(tmp, "whole");
        assertThat(whole.waitFor(5, TimeUnit.MINUTES)).isTrue();
        long wholeMs = (System.nanoTime() - t0) / 1_000_000;
        // what TDB2 stores is the extraction with its literals in canonical form ("0.90" → "0.9"): the reference
        try (DkgStore store = DkgStore.open(tmp.resolve("whole"))) {
            for (Map.Entry<String, Model> doc : expected.entrySet()) {
                Model stored = store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(doc.getKey())));
                assertThat(stored.size()).as(doc.getKey()).isEqualTo(doc.getValue().size());
                doc.setValue(stored);
            }
        }
        assertThat(checkStore(tmp.resolve("whole"))).hasSize(expected.size());
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int run = 0; run < 2; run++) {
            // killed between 55 % and 98 % of that time: start-up (registries, index) takes the first half or so
            long delayMs = (long) (wholeMs * (0.55 + 0.43 * random.nextDouble()));
            System.out.printf("crash run %d: kill -9 after %d ms of a %d ms load (seed %d)%n", run, delayMs, wholeMs, seed);
            Process child = load(tmp, "crash" + run);
            if (!child.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
                child.waitFor(30, TimeUnit.SECONDS);
            }
            checkStore(tmp.resolve("crash" + run));
        }
    }

    private static Process load(Path tmp, String name) throws Exception {
        return new ProcessBuilder(javaBin(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                DkgMain.class.getName(), "load", "--db", tmp.resolve(name).toString(), CORPUS.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile()).start();
    }

    /** Checks the store in {@code db}; returns the documents stored whole. */
    private static List<String> checkStore(Path db) throws Exception {
        List<String> whole = new ArrayList<>();
        try (DkgStore store = DkgStore.open(db)) {
            for (Map.Entry<String, Model> doc : expected.entrySet()) {
                Model stored = store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(doc.getKey())));
                if (stored.isEmpty()) {
                    continue;
                }
                assertThat(stored.isIsomorphicWith(doc.getValue())).as("%s is whole", doc.getKey()).isTrue();
                assertThat(new ShapeCheck().violations(stored)).as(doc.getKey()).isEmpty();
                whole.add(doc.getKey());
            }
            System.out.println("documents stored whole after the crash: " + whole.size() + " of " + expected.size());
            try (DkgServer server = DkgServer.start(store, 0)) {
                Http http = new Http(server.baseUrl());
                for (Map.Entry<String, Model> doc : expected.entrySet()) {
                    String docId = doc.getKey().substring(doc.getKey().lastIndexOf('/') + 1);
                    String quote = longestQuote(doc.getValue());
                    String hits = http.get("/api/search?limit=200&q=" + enc(quote), "application/json").body();
                    if (whole.contains(doc.getKey())) {
                        assertThat(hits).as("the index finds %s", docId).contains("document/" + docId);
                    } else {
                        assertThat(hits).as("the index holds nothing of %s", docId).doesNotContain("document/" + docId);
                    }
                }
            }
        }
        return whole;
    }

    private static String longestQuote(Model model) {
        String q = "SELECT ?q WHERE { ?s <http://www.w3.org/ns/oa#exact> ?q } ORDER BY DESC(STRLEN(?q)) ?q LIMIT 1";
        try (var exec = QueryExecutionFactory.create(q, model)) {
            ResultSet rs = exec.execSelect();
            return rs.next().getLiteral("q").getString();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
