package org.w3id.dkg.loader.linking;

/** The kinds of named things dkg links text to; each has its own key space and IRI path. */
public enum EntityKind {
    STATE("state", "State"),
    ORGANISATION("org", "Organisation"),
    INSTRUMENT("instrument", "Instrument"),
    GROUP("group", "Group"),
    EVENT("event", "Event");

    private final String pathSegment;
    private final String label;

    EntityKind(String pathSegment, String label) {
        this.pathSegment = pathSegment;
        this.label = label;
    }

    /** The segment in {@code https://w3id.org/dkg/id/{segment}/{key}}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** A State, organisation or group: what the ontology calls an actor, the only kinds that reply or act. */
    public boolean isActor() {
        return this == STATE || this == ORGANISATION || this == GROUP;
    }

    /** The name used in query results ({@code State}, {@code Organisation}, ...). */
    public String label() {
        return label;
    }
}
