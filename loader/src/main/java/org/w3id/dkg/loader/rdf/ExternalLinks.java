package org.w3id.dkg.loader.rdf;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;

/**
 * Links from dkg entities to the datasets analysts join with: the curated ones of
 * {@code /dkg/registry/external-links.tsv} (Wikidata for organisations and instruments, each with
 * its source), and those that follow from an instrument's number by rule:
 *
 * <ul>
 *   <li>an EU Council decision {@code EU_DECISION_{year}_{number}} is the legal act with the European
 *       Legislation Identifier {@code http://data.europa.eu/eli/dec/{year}/{number}/oj} and the CELEX
 *       number {@code 3{year}D{number, four digits}} (sector 3, legislation; type D, decision), e.g.
 *       CFSP 2019/2108 → {@code eli/dec/2019/2108/oj} and CELEX {@code 32019D2108} —
 *       {@code skos:exactMatch} both, the CELEX one as the Publications Office's resource IRI;</li>
 *   <li>a General Assembly resolution {@code UNGA_RES_{session}_{number}} is the document
 *       {@code A/RES/{session}/{number}}, and a Security Council resolution whose year is known
 *       (label "… 1540 (2004)") is {@code S/RES/{number} ({year})}: {@code rdfs:seeAlso} the
 *       United Nations document system's address for the symbol ({@link #undocs}). Resolutions in
 *       parts (76/43 A) are left without a link: the part is not part of undocs.org's symbol form.</li>
 * </ul>
 */
public final class ExternalLinks {
    static final String RESOURCE = "/dkg/registry/external-links.tsv";
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final Map<String, Property> RELATIONS = Map.of("skos:exactMatch", SKOS.exactMatch, "owl:sameAs", OWL.sameAs,
            "rdfs:seeAlso", RDFS.seeAlso, "skos:closeMatch", SKOS.closeMatch);
    private static final Pattern EU_DECISION = Pattern.compile("EU_DECISION_(\\d{4})_(\\d{1,4})");
    private static final Pattern UNGA_RES = Pattern.compile("UNGA_RES_(\\d{1,3})_(\\d{1,4})");
    private static final Pattern UNSCR = Pattern.compile("UNSCR_(\\d{1,5})");
    private static final Pattern PART_LETTER = Pattern.compile("\\s[A-Z]{1,2}$");
    private static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("\\((\\d{4})\\)");
    private static final Map<String, List<Link>> CURATED = load(RESOURCE);
    /** The symbol series undocs.org resolves ({@code undocs-series.tsv}). */
    private static final Set<String> UNDOCS_SERIES = TsvTable.read("/dkg/registry/undocs-series.tsv").rows().stream()
            .map(row -> row.require("series")).collect(Collectors.toUnmodifiableSet());

    /** One link: the target IRI, the property, and where it comes from. */
    public record Link(String target, Property relation, String source) {}

    private ExternalLinks() {}

    /** The curated links of an entity (from the registry file). */
    public static List<Link> curated(EntityKind kind, String key) {
        return CURATED.getOrDefault(kind.pathSegment() + "/" + key, List.of());
    }

    /** True when the curated file gives the entity a Wikidata link (which then replaces a registry's own). */
    public static boolean hasCuratedWikidata(EntityKind kind, String key) {
        return curated(kind, key).stream().anyMatch(l -> l.target().startsWith(WIKIDATA));
    }

    /** The links that follow from the entity's key by rule; empty for most entities. */
    public static List<Link> derived(Entity e) {
        List<Link> links = new ArrayList<>();
        if (e.kind() != EntityKind.INSTRUMENT) {
            return links;
        }
        Matcher m = EU_DECISION.matcher(e.key());
        if (m.matches()) {
            String year = m.group(1);
            int number = Integer.parseInt(m.group(2));
            links.add(new Link("http://data.europa.eu/eli/dec/" + year + "/" + number + "/oj", SKOS.exactMatch, "rule: ELI of a Council decision"));
            links.add(new Link("http://publications.europa.eu/resource/celex/3" + year + "D" + String.format("%04d", number), SKOS.exactMatch,
                    "rule: CELEX number of a Council decision"));
            return links;
        }
        m = UNGA_RES.matcher(e.key());
        if (m.matches()) {
            links.add(new Link(undocs("A/RES/" + m.group(1) + "/" + m.group(2)), RDFS.seeAlso, "rule: symbol of a General Assembly resolution"));
            return links;
        }
        m = UNSCR.matcher(e.key());
        if (m.matches()) {
            String year = e.properties().getOrDefault("year", "");
            Matcher inLabel = YEAR_IN_PARENTHESES.matcher(e.labelEn() + " " + e.labelFr());
            if (year.isEmpty() && inLabel.find()) {
                year = inLabel.group(1);
            }
            if (year.matches("\\d{4}")) {
                links.add(new Link(undocs("S/RES/" + m.group(1) + "(" + year + ")"), RDFS.seeAlso,
                        "rule: symbol of a Security Council resolution"));
            }
        }
        return links;
    }

    /**
     * The address of a United Nations document symbol in the UN document system
     * ({@code A/RES/76/43} → {@code https://undocs.org/A/RES/76/43}); spaces are dropped, as undocs.org
     * writes symbols ({@code S/RES/1540 (2004)} → {@code S/RES/1540(2004)}).
     */
    public static String undocs(String symbol) {
        return "https://undocs.org/" + symbol.strip().replace(" ", "");
    }

    /**
     * The UN document system's address of a cited symbol, or empty where no address is known: a symbol of a
     * series the system does not hold (another body's, a press release's: {@code undocs-series.tsv}), one written with
     * spaces, or a resolution in parts ({@code A/RES/56/24 T}) has none, since the part is not part of the
     * symbol form undocs.org resolves, and a link that may lead nowhere is worse than none.
     */
    public static Optional<String> undocsOfCitation(String symbol) {
        String s = symbol.strip();
        int slash = s.indexOf('/');
        if (slash < 0 || !UNDOCS_SERIES.contains(s.substring(0, slash)) || s.contains(" ") || PART_LETTER.matcher(s).find()) {
            return Optional.empty();
        }
        return Optional.of(undocs(s));
    }

    static Map<String, List<Link>> load(String resource) {
        TsvTable table = TsvTable.read(resource);
        Map<String, List<Link>> links = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (EntityKind k : EntityKind.values()) {
            kinds.add(k.pathSegment());
        }
        for (TsvTable.Row row : table.rows()) {
            String kind = row.require("kind");
            String key = row.require("key");
            String target = row.require("target");
            String relation = row.require("relation");
            String source = row.require("source");
            if (!kinds.contains(kind)) {
                throw new DataFormatException(row.where() + ": kind '" + kind + "' is not one of " + kinds);
            }
            Property property = RELATIONS.get(relation);
            if (property == null) {
                throw new DataFormatException(row.where() + ": relation '" + relation + "' is not one of " + RELATIONS.keySet());
            }
            try {
                URI uri = new URI(target);
                if (!uri.isAbsolute() || uri.getHost() == null) {
                    throw new DataFormatException(row.where() + ": target '" + target + "' is not an absolute http(s) IRI");
                }
            } catch (java.net.URISyntaxException e) {
                throw new DataFormatException(row.where() + ": target '" + target + "' is not an IRI: " + e.getMessage(), e);
            }
            if (target.startsWith(WIKIDATA) && !target.substring(WIKIDATA.length()).matches("Q\\d+")) {
                throw new DataFormatException(row.where() + ": a Wikidata target is " + WIKIDATA + "Q<digits>, got '" + target + "'");
            }
            if (!seen.add(kind + "/" + key + " " + target)) {
                throw new DataFormatException(row.where() + ": the link " + kind + "/" + key + " -> " + target + " is listed twice");
            }
            links.computeIfAbsent(kind + "/" + key, k -> new ArrayList<>()).add(new Link(target, property, source));
        }
        return links;
    }
}
