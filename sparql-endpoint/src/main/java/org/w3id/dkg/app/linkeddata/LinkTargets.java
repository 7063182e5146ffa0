package org.w3id.dkg.app.linkeddata;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * The datasets dkg links to, read from {@code /dkg/linkeddata/link-targets.tsv}: which
 * dataset an external IRI belongs to, so that VoID can count each linkset.
 */
final class LinkTargets {
    /** A dataset dkg links to. */
    record Target(String prefix, String dataset, String title) {}

    private static final List<Target> TARGETS = TsvTable.read("/dkg/linkeddata/link-targets.tsv").rows().stream()
            .map(r -> new Target(r.require("prefix"), r.require("dataset"), r.require("title")))
            .sorted(Comparator.comparingInt((Target t) -> t.prefix().length()).reversed()).toList();

    private LinkTargets() {}

    /** The dataset of {@code iri}: a listed one, else one named by the IRI's scheme and host. */
    static Target of(String iri) {
        for (Target t : TARGETS) {
            if (iri.startsWith(t.prefix())) {
                return t;
            }
        }
        try {
            URI uri = URI.create(iri);
            String site = uri.getScheme() + "://" + uri.getHost() + "/";
            return new Target(site, site, uri.getHost());
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Target(iri, iri, iri);
        }
    }

    /** A lower-case ASCII name for a linkset IRI, from a dataset's title. */
    static String slug(String title) {
        String s = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        int cut = s.indexOf('-', 12);
        return cut > 0 ? s.substring(0, cut) : s;
    }
}
