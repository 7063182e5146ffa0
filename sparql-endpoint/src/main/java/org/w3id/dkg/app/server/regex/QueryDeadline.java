package org.w3id.dkg.app.server.regex;

/**
 * The deadline of the query running on this thread, for code that Jena calls without its
 * execution context (a regular expression deep inside a match). Jena evaluates a query on the
 * thread that asked for it, so the query processor sets the deadline when it starts reading an
 * answer and clears it when it is done.
 */
public final class QueryDeadline {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private QueryDeadline() {}

    /** Sets the deadline of this thread's query, as a {@link System#nanoTime()} value. */
    public static void set(long nanoTime) {
        DEADLINE.set(nanoTime);
    }

    public static void clear() {
        DEADLINE.remove();
    }

    /** True when this thread runs a query that is past its deadline. */
    static boolean passed() {
        Long deadline = DEADLINE.get();
        return deadline != null && System.nanoTime() - deadline > 0;
    }
}
