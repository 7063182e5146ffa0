package org.w3id.dkg.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
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
 * transaction and readers keep answering meanwhile. Admin only (Spring Security refuses
 * every non-read request without the admin account).
 *
 * <p>Bounded: a body larger than {@code dkg.load.max-request-size} is refused with 413, a
 * document whose extraction takes longer than {@code dkg.load.max-document-time} is refused
 * and not stored, and one load runs at a time — a second waits at most
 * {@code dkg.load.lock-wait}, then gets 409. Every error answers JSON saying why, naming the
 * uploaded file (never the server's temporary copy).
 */
@RestController
public class LoadController {
    private static final Logger LOG = LoggerFactory.getLogger("dkg.load");
    /** The document id is taken from the file name: keep it to safe characters and a known extension. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.(txt|md|pdf|html|htm|xhtml)");
    private final DkgStore store;
    private final long maxBytes;
    private final Duration documentTime;
    private final Duration lockWait;
    private final ReentrantLock loading = new ReentrantLock(true);
    private volatile DocumentPipeline pipeline;

    public LoadController(DkgStore store,
            @Value("${dkg.load.max-request-size:32MB}") DataSize maxRequestSize,
            @Value("${dkg.load.max-document-time:120s}") Duration documentTime,
            @Value("${dkg.load.lock-wait:30s}") Duration lockWait) {
        this.store = store;
        this.maxBytes = maxRequestSize.toBytes();
        this.documentTime = documentTime;
        this.lockWait = lockWait;
    }

    @PostMapping(value = Endpoints.LOAD, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json")
    public ResponseEntity<Map<String, Object>> loadForm(@RequestParam("file") List<MultipartFile> files) throws IOException {
        Path dir = Files.createTempDirectory("dkg-load-");
        try {
            for (MultipartFile file : files) {
                String name = checkedName(file.getOriginalFilename());
                if (file.getSize() > maxBytes) {
                    throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, name + ": " + tooLarge());
                }
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            return load(dir);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @PostMapping(value = Endpoints.LOAD, produces = "application/json")
    public ResponseEntity<Map<String, Object>> loadBody(@RequestParam("name") String name, HttpServletRequest request) throws IOException {
        String checked = checkedName(name);
        if (request.getContentLengthLong() > maxBytes) {
            throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, checked + ": " + tooLarge());
        }
        Path dir = Files.createTempDirectory("dkg-load-");
        try {
            try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(dir.resolve(checked))) {
                in.transferTo(new Limited(out, maxBytes));
            } catch (TooLong e) {
                throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, checked + ": " + tooLarge());
            }
            return load(dir);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private ResponseEntity<Map<String, Object>> load(Path dir) {
        boolean locked;
        try {
            locked = loading.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw new Refusal(HttpStatus.CONFLICT, "another load is running (one at a time); waited "
                    + lockWait.toSeconds() + " s (dkg.load.lock-wait): retry later");
        }
        try {
            long t0 = System.nanoTime();
            LoadReport report = new CorpusLoader(pipeline(), store).withTimeLimit(documentTime)
                    .load(List.of(dir), new CorpusLoader.Listener() {});
            List<Map<String, String>> failures = new ArrayList<>();
            for (BadDocumentException e : report.failures()) {
                String file = e.file() == null ? "" : String.valueOf(e.file().getFileName());
                failures.add(Map.of("file", file, "message", withoutServerPaths(e.getMessage(), dir)));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("loaded", report.loaded());
            body.put("failed", failures);
            body.put("triples", report.triples());
            body.put("ms", (System.nanoTime() - t0) / 1_000_000);
            LOG.info("loaded {} document(s), {} triple(s), {} failed", report.loaded().size(), report.triples(), failures.size());
            return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        } finally {
            loading.unlock();
        }
    }

    /** A message about {@code dir/NAME} as the uploader knows it: {@code NAME}, not the temporary path. */
    static String withoutServerPaths(String message, Path dir) {
        String prefix = dir.toString() + dir.getFileSystem().getSeparator();
        return message == null ? "" : message.replace(prefix, "").replace(dir.toString(), "(upload)");
    }

    private String tooLarge() {
        return "larger than this server loads (" + maxBytes + " bytes, dkg.load.max-request-size)";
    }

    private DocumentPipeline pipeline() {
        if (pipeline == null) {
            pipeline = DocumentPipeline.withDefaults();
        }
        return pipeline;
    }

    /** The base name of {@code name} when it is a safe document file name; else a 400 saying what is allowed. */
    static String checkedName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (!NAME.matcher(base).matches()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "name: a file name such as 005_report.txt "
                    + "(letters, digits, . _ -, ending .txt, .md, .pdf or .html) is required; it becomes the document id");
        }
        return base;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<Map<String, Object>> refused(Refusal refusal) {
        return error(refusal.status, refusal.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, e.getParameterName() + ": required (?name=FILE.txt with the document as the "
                + "body, or multipart 'file' parts)");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> uploadTooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "the upload is " + tooLarge());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(MultipartException e) {
        return error(HttpStatus.BAD_REQUEST, "the multipart form cannot be read: " + e.getMostSpecificCause().getMessage());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** A request refused with a status and a reason. */
    static final class Refusal extends RuntimeException {
        final HttpStatus status;

        Refusal(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Writes at most {@code limit} bytes, counting (and dropping) the rest. */
    private static final class Limited extends OutputStream {
        private final OutputStream out;
        private final long limit;
        private long written;

        Limited(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len <= limit) {
                out.write(b, off, len);
            } else if (written < limit) {
                out.write(b, off, (int) (limit - written));
            }
            written += len;
            if (written > limit) {
                throw new TooLong();
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Thrown by {@link Limited} past its limit, to stop reading the body. */
    private static final class TooLong extends IOException {
        TooLong() {
            super("over the limit", null);
        }
    }
}
