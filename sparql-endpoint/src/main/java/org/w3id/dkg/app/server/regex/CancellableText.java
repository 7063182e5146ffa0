package org.w3id.dkg.app.server.regex;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a regular expression engine reads it, that stops the reading when the query is
 * cancelled (Jena's timeout, or the hard abort) or past its deadline. Every engine reads its
 * input through {@link #charAt}, so a match that would run for minutes ends within a few
 * thousand characters of the deadline, with {@link QueryCancelledException}.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 4096;
    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            check();
        }
        return text.charAt(index);
    }

    void check() {
        if ((cancelled != null && cancelled.get()) || QueryDeadline.passed()) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        check();
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        check();
        return text;
    }
}
