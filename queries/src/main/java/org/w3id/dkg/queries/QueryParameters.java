package org.w3id.dkg.queries;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Turns {@code name=value} pairs from the command line or a web form into RDF terms
 * for a query's variables. Values never enter the query text: they are bound by
 * substitution on the parsed query, so a value such as {@code "} or <code>}</code> is
 * just a strange key, not a way to change the query.
 *
 * <p>Convention: a value becomes a plain {@code xsd:string} literal, unless the query's
 * header declares the parameter {@code (iri)}; then it must be an absolute IRI (angle
 * brackets optional) or a prefixed name whose prefix the query declares. A name that the
 * header does not declare and that is no variable of the query is refused, so a typo
 * does not silently answer over the whole store. Required parameters must be given.
 */
public final class QueryParameters {
    private QueryParameters() {}

    /**
     * Binds {@code values} for {@code libraryQuery}.
     *
     * @throws IllegalArgumentException naming the parameter and what is wrong with it
     */
    public static QuerySolutionMap bind(LibraryQuery libraryQuery, Query query, Map<String, String> values) {
        String serialized = query.serialize();
        QuerySolutionMap bindings = new QuerySolutionMap();
        for (Map.Entry<String, String> e : new LinkedHashMap<>(values).entrySet()) {
            String name = e.getKey().startsWith("?") ? e.getKey().substring(1) : e.getKey();
            Param param = libraryQuery.param(name).orElse(null);
            if (param == null && !mentions(serialized, name)) {
                throw new IllegalArgumentException("--param " + name + ": query '" + libraryQuery.name()
                        + "' has no such parameter" + declared(libraryQuery));
            }
            Param.Kind kind = param == null ? Param.Kind.LITERAL : param.kind();
            bindings.add(name, toRdf(name, kind, e.getValue(), query));
        }
        for (Param p : libraryQuery.params()) {
            if (p.required() && !bindings.contains(p.name())) {
                throw new IllegalArgumentException("query '" + libraryQuery.name() + "' needs --param " + p.name()
                        + "=VALUE (" + p.description() + ")");
            }
        }
        return bindings;
    }

    private static org.apache.jena.rdf.model.RDFNode toRdf(String name, Param.Kind kind, String value, Query query) {
        if (kind == Param.Kind.LITERAL) {
            return ResourceFactory.createPlainLiteral(value);
        }
        String iri = value.strip();
        if (iri.startsWith("<") && iri.endsWith(">")) {
            iri = iri.substring(1, iri.length() - 1);
        } else {
            int colon = iri.indexOf(':');
            if (colon >= 0) {
                String expanded = query.getPrefixMapping().expandPrefix(iri);
                if (expanded != null) {
                    iri = expanded;
                }
            }
        }
        if (!IRIs.check(iri) || !IRIs.reference(iri).isAbsolute() || iri.matches(".*[\\s<>\"{}|^`\\\\].*")) {
            throw new IllegalArgumentException("--param " + name + "=" + value + ": not an absolute IRI");
        }
        return ResourceFactory.createResource(iri);
    }

    /** True when the (comment-free) serialized query uses variable {@code name}. */
    private static boolean mentions(String serialized, String name) {
        return Pattern.compile("[?$]" + Pattern.quote(name) + "(?![A-Za-z0-9_\\u00B7\\u00C0-\\uFFFF])").matcher(serialized).find();
    }

    private static String declared(LibraryQuery q) {
        if (q.params().isEmpty()) {
            return " (it declares none)";
        }
        return " (declared: " + String.join(", ", q.params().stream().map(Param::name).toList()) + ")";
    }
}
