package org.w3id.dkg.app.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import jakarta.servlet.http.HttpServletRequest;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.LoadReport;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * {@code POST /api/load}: loads new reports into the running server, without downtime —
 * TDB2 allows one process per store, so a running server is the only process that can.
 * The document is the request body (with {@code ?name=FILE.txt}) or the {@code file}
 * parts of a multipart form. The same {@link CorpusLoader} as {@code dkg load} runs here,
 * on the text-indexed store, so the full-text index follows; each document is one write
 * transaction and readers keep answering meanwhile. One load at a time. Admin only
 * (Spring Security refuses every non-read request without the admin account).
 */
@RestController
public class LoadController {
    private static final Logger LOG = LoggerFactory.getLogger("dkg.load");
    /** The document id is taken from the file name: keep it to safe characters and a known extension. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.(txt|md)");
    private final DkgStore store;
    private volatile DocumentPipeline pipeline;

    public LoadController(DkgStore store) {
        this.store = store;
    }

    @PostMapping(value = Endpoints.LOAD, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json")
    public ResponseEntity<Map<String, Object>> loadForm(@RequestParam("file") List<MultipartFile> files) throws IOException {
        Path dir = Files.createTempDirectory("dkg-load-");
        try {
            for (MultipartFile file : files) {
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, dir.resolve(checkedName(file.getOriginalFilename())));
                }
            }
            return load(dir);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @PostMapping(value = Endpoints.LOAD, produces = "application/json")
    public ResponseEntity<Map<String, Object>> loadBody(@RequestParam("name") String name, HttpServletRequest request) throws IOException {
        Path dir = Files.createTempDirectory("dkg-load-");
        try {
            try (InputStream in = request.getInputStream()) {
                Files.copy(in, dir.resolve(checkedName(name)));
            }
            return load(dir);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private synchronized ResponseEntity<Map<String, Object>> load(Path dir) {
        long t0 = System.nanoTime();
        LoadReport report = new CorpusLoader(pipeline(), store).load(List.of(dir), new CorpusLoader.Listener() {});
        List<Map<String, String>> failures = new ArrayList<>();
        for (BadDocumentException e : report.failures()) {
            failures.add(Map.of("file", e.file() == null ? "" : String.valueOf(e.file().getFileName()), "message", e.getMessage()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("loaded", report.loaded());
        body.put("failed", failures);
        body.put("triples", report.triples());
        body.put("ms", (System.nanoTime() - t0) / 1_000_000);
        LOG.info("loaded {} document(s), {} triple(s), {} failed", report.loaded().size(), report.triples(), failures.size());
        return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.valueOf(422)).body(body);
    }

    private DocumentPipeline pipeline() {
        if (pipeline == null) {
            pipeline = DocumentPipeline.withDefaults();
        }
        return pipeline;
    }

    static String checkedName(String name) {
        String base = name == null ? "" : Path.of(name.replace('\\', '/')).getFileName() == null ? "" : Path.of(name.replace('\\', '/')).getFileName().toString();
        if (!NAME.matcher(base).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name: a file name such as 005_report.txt "
                    + "(letters, digits, . _ -, ending .txt or .md) is required; it becomes the document id");
        }
        return base;
    }
}
