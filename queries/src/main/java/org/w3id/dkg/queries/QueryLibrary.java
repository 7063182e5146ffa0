package org.w3id.dkg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The competency questions packaged with dkg, one {@code .rq} file each under
 * {@code dkg/queries/} on the class path.
 *
 * <p>Why an index: a class-path folder can be listed when it is a directory, but not
 * portably once it sits inside a jar nested in the Spring Boot fat jar. The build writes
 * {@code dkg/queries/index.txt} (one file name a line, see {@code queries/pom.xml}); this
 * class reads that list and then each file as a plain resource, which works everywhere.
 *
 * <p>Query header format (lines at the top of the file):
 * <pre>
 * # title: Memberships
 * # description: Which States belong to which organisations?
 * # param: org — an organisation key such as OSCE
 * # param: fact (iri) — a fact IRI
 * # param: state (required) — a State key
 * </pre>
 * Parameter values are bound as RDF terms, never pasted into the text: a parameter is a
 * plain string literal unless its line says {@code (iri)}. See {@link QueryParameters}.
 */
public final class QueryLibrary {
    /** The class-path folder of the standard library. */
    public static final String FOLDER = "dkg/queries";

    private final ClassLoader loader;
    private final String folder;

    private QueryLibrary(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    /** The library packaged with dkg. */
    public static QueryLibrary standard() {
        return onClassPath(QueryLibrary.class.getClassLoader(), FOLDER);
    }

    /** A library in another class-path folder holding {@code index.txt} and the files it lists. */
    public static QueryLibrary onClassPath(ClassLoader loader, String folder) {
        return new QueryLibrary(loader, folder);
    }

    /** The names of the queries (file names without {@code .rq}), in index order. */
    public List<String> names() {
        String index = resource("index.txt");
        if (index == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String file = line.strip();
            if (file.endsWith(".rq") && !file.startsWith("#")) {
                names.add(file.substring(0, file.length() - 3));
            }
        }
        names.sort(null);
        return names;
    }

    /** All queries of the library, parsed. */
    public List<LibraryQuery> list() {
        return names().stream().map(n -> find(n).orElseThrow()).toList();
    }

    /** The query called {@code name}, if the library has it. */
    public Optional<LibraryQuery> find(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            return Optional.empty();
        }
        String text = resource(name + ".rq");
        return text == null ? Optional.empty() : Optional.of(LibraryQuery.parse(name, text));
    }

    /**
     * A library query by name, or else a query file: {@code documents} and
     * {@code ./my.rq} both work, as {@code dkg query NAME|FILE} promises.
     *
     * @throws IllegalArgumentException naming what was looked for when neither exists
     */
    public LibraryQuery resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return fromFile(file);
        }
        return find(nameOrFile).orElseThrow(() -> new IllegalArgumentException(nameOrFile
                + ": no such query file, and no library query of that name (known: " + String.join(", ", names()) + ")"));
    }

    /** Reads a query file; its name is the file name without {@code .rq}. */
    public static LibraryQuery fromFile(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return LibraryQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the query file", e);
        }
    }

    private String resource(String file) {
        try (InputStream in = loader.getResourceAsStream(folder + "/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + "/" + file + ": cannot read", e);
        }
    }
}
