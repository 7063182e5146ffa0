package org.w3id.dkg.loader.segmenting;

/** A half-open range {@code [start, end)} of UTF-16 indices into the normalised text. */
public interface Span {
    int start();

    int end();

    default boolean contains(int offset) {
        return offset >= start() && offset < end();
    }

    default boolean encloses(Span other) {
        return other.start() >= start() && other.end() <= end();
    }
}
