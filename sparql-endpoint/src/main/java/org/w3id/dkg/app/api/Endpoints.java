package org.w3id.dkg.app.api;

/** The paths of the server's endpoints, in one place for the pages, the VoID description and the CLI. */
public final class Endpoints {
    public static final String SPARQL = "/dkg/sparql";
    public static final String UPDATE = "/dkg/update";
    public static final String DATA = "/dkg/data";
    public static final String DUMP = DumpFilter.PATH;
    public static final String LOAD = "/api/load";
    public static final String SEARCH = "/api/search";
    public static final String QUERIES = "/api/queries";

    private Endpoints() {}
}
