package org.w3id.dkg.queries;

/**
 * One parameter of a library query, as its comment header declares it:
 * {@code # param: name [(iri|literal)[, required]] — description}. A parameter is the
 * query variable of the same name; binding it narrows the answer.
 *
 * @param name        the variable name, without {@code ?}
 * @param kind        how a command-line value becomes an RDF term
 * @param required    true when the query makes no sense without it
 * @param description what the value means, for help texts and the web UI
 */
public record Param(String name, Kind kind, boolean required, String description) {

    /** How a textual value is turned into an RDF term. */
    public enum Kind {
        /** A plain string literal, e.g. a key such as {@code ESP}: the default. */
        LITERAL,
        /** An IRI: absolute, in angle brackets, or a prefixed name declared in the query. */
        IRI
    }
}
