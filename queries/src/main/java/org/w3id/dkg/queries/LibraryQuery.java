package org.w3id.dkg.queries;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * One SPARQL query of the library with what its comment header says about it. The
 * header is the documentation analysts read, and the contract the CLI and web UI
 * use to offer and check parameters.
 *
 * @param name        the file name without {@code .rq}
 * @param title       the {@code # title:} line, or the name when there is none
 * @param description the {@code # description:} lines joined by spaces, possibly empty
 * @param params      the {@code # param:} lines, in order
 * @param text        the whole file, header included (it is a SPARQL comment)
 */
public record LibraryQuery(String name, String title, String description, List<Param> params, String text) {

    public LibraryQuery {
        params = List.copyOf(params);
    }

    /** Parses a query file's text; {@code name} is used when the header has no title. */
    public static LibraryQuery parse(String name, String text) {
        return QueryHeader.parse(name, text);
    }

    /** The declared parameter called {@code name}, if any. */
    public Optional<Param> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The parsed query.
     *
     * @throws org.apache.jena.query.QueryParseException when the text is not SPARQL
     */
    public Query query() {
        return QueryFactory.create(text);
    }
}
