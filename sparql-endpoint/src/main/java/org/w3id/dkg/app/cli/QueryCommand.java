package org.w3id.dkg.app.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.w3id.dkg.loader.rdf.Prefixes;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.queries.LibraryQuery;
import org.w3id.dkg.queries.QueryLibrary;
import org.w3id.dkg.queries.QueryRunner;
import org.w3id.dkg.queries.ResultFormat;
import org.w3id.dkg.queries.ResultFormats;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dkg query}: runs a library query (or a query file) on a store or on a running
 * server, parameters bound as RDF terms (see {@link org.w3id.dkg.queries.QueryParameters}).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a library query (NAME: a file name in queries/ without .rq) or a query FILE",
                "on the store, or on a running server with --endpoint. Parameters: --param name=value",
                "(a plain literal, or an IRI when the query header says '(iri)')."})
public final class QueryCommand implements Callable<Integer> {
    private final Streams streams;

    public QueryCommand(Streams streams) {
        this.streams = streams;
    }

    @Parameters(index = "0", paramLabel = "NAME|FILE", description = "library query name or .rq file")
    String name;

    @ArgGroup(exclusive = true)
    Target target = new Target();

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR",
                description = "TDB2 store directory (default: data/tdb2 in the dkg home)")
        java.nio.file.Path db;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "SPARQL endpoint, e.g. http://localhost:3030/dkg/sparql")
        URI endpoint;
    }

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "binds the query variable NAME")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json (default ${DEFAULT-VALUE})")
    ResultFormat format;

    @Override
    public Integer call() {
        LibraryQuery query = QueryLibrary.standard().resolve(name);
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.MAPPING)
                .setNsPrefixes(parse(query).getPrefixMapping());
        OutputStream out = new BufferedOutputStream(streams.out());
        try {
            if (target.endpoint != null) {
                String scheme = target.endpoint.getScheme();
                if (!"http".equals(scheme) && !"https".equals(scheme)) {
                    throw new UserError("--endpoint " + target.endpoint + ": not an http(s) URL");
                }
                QueryRunner.remote(target.endpoint.toString()).run(query, params, ResultFormats.writer(format, out, prefixes));
            } else {
                try (DkgStore store = StoreOption.at(target.db).openForReading()) {
                    QueryRunner.on(store.dataset()).run(query, params, ResultFormats.writer(format, out, prefixes));
                }
            }
            out.flush();
        } catch (QueryExceptionHTTP e) {
            throw new UserError(target.endpoint + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }

    private static org.apache.jena.query.Query parse(LibraryQuery query) {
        try {
            return query.query();
        } catch (QueryParseException e) {
            throw new UserError(query.name() + ": not valid SPARQL: " + e.getMessage(), e);
        }
    }
}
