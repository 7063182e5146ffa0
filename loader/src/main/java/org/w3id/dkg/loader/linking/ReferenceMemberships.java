package org.w3id.dkg.loader.linking;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * Reads {@code reference-memberships.tsv}, refusing rows whose keys the registries do not
 * know: a curated fact about an unknown State would be a silent typo.
 */
public final class ReferenceMemberships {
    public static final String RESOURCE = "/dkg/registry/reference-memberships.tsv";

    private ReferenceMemberships() {}

    public static List<ReferenceMembership> load(EntityRegistry registry) {
        List<ReferenceMembership> memberships = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(RESOURCE).rows()) {
            ReferenceMembership m = new ReferenceMembership(row.require("org"), row.require("state"),
                    row.require("since"), row.get("until"), row.require("source"));
            if (registry.find(EntityKind.ORGANISATION, m.orgKey()).isEmpty()) {
                throw new DataFormatException(row.where() + ": unknown organisation " + m.orgKey());
            }
            if (registry.find(EntityKind.STATE, m.stateKey()).isEmpty()) {
                throw new DataFormatException(row.where() + ": unknown State " + m.stateKey());
            }
            memberships.add(m);
        }
        return memberships;
    }
}
