/**
 * SPARQL {@code REGEX} and {@code REPLACE} that cannot hold a core past a query's deadline.
 *
 * <p>Jena's query timeout is checked between rows, never inside one function call, and Jena
 * matches with {@link java.util.regex}, which backtracks: {@code REGEX(?text, "^(.*?,){25}ZZZ")}
 * over one long literal never returns. The query processor rewrites both functions into the
 * ones here ({@link org.w3id.dkg.app.server.regex.BoundedRegexFunctions}): they match with RE2/J
 * (time linear in the text) and read the text through a {@link
 * org.w3id.dkg.app.server.regex.CancellableText} that stops the match when the query is
 * cancelled or past its deadline. A pattern RE2/J does not accept (a back-reference) falls back
 * to {@code java.util.regex}, still through the same cancellable text.
 */
package org.w3id.dkg.app.server.regex;
