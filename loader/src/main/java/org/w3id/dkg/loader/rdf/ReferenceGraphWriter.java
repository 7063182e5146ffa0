package org.w3id.dkg.loader.rdf;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.linking.ReferenceMembership;
import org.w3id.dkg.loader.linking.ReferenceMemberships;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;

/**
 * The registries as the triples of {@code graph/reference}: every State, organisation and
 * instrument with its key, labels, aliases, codes and links to other datasets. ISO and M49
 * codes are plain literals so that federated queries can join on them; GeoNames and
 * Wikidata links are {@code skos:exactMatch}, which claims the same referent without
 * merging the descriptions as {@code owl:sameAs} would; the curated links of
 * {@code external-links.tsv} ({@link ExternalLinks}) are added the same way, and their Wikidata
 * link replaces a registry's own wikidata column. Instruments also carry their
 * history: adoption and entry-into-force dates (typed by precision: {@code xsd:date},
 * {@code xsd:gYearMonth} or {@code xsd:gYear}, never a made-up day), depositaries, and the
 * {@code dkg:successor} / {@code dkg:amends} links that let a query follow the Vienna Document
 * from 1990 to 2011.
 */
public final class ReferenceGraphWriter {
    private static final Map<String, Property> CODES = Map.of(
            "iso3", DKG.iso3, "iso2", DKG.iso2, "isoNumeric", DKG.isoNumeric, "m49", DKG.m49,
            "region", DKG.region, "subregion", DKG.subregion);
    /** Entity property -> dkg property for dates (the names the ontology declares). */
    private static final Map<String, Property> DATES = Map.of(
            "adopted", DKG.adoptionDate, "entryIntoForce", DKG.entryIntoForceDate);
    /** Entity property -> dkg property for links to other instruments. */
    private static final Map<String, Property> INSTRUMENT_LINKS = Map.of(
            "successor", DKG.successor, "amends", DKG.amends);
    private static final Property DEPOSITARY = DKG.depositary;

    /** The registries and the curated memberships of {@code registry}. */
    public Model write(EntityRegistry registry) {
        Model model = write(registry.all());
        for (ReferenceMembership m : ReferenceMemberships.load(registry)) {
            Resource state = model.createResource(Iris.entity(EntityKind.STATE.pathSegment(), m.stateKey()));
            Resource org = model.createResource(Iris.entity(EntityKind.ORGANISATION.pathSegment(), m.orgKey()));
            Resource fact = model.createResource(Iris.fact(FactIds.hash("reference", "membership|" + m.orgKey() + "|" + m.stateKey())))
                    .addProperty(RDF.type, DKG.Membership)
                    .addProperty(RDF.type, ORG.Membership)
                    .addProperty(ORG.member, state)
                    .addProperty(ORG.organization, org)
                    .addProperty(DKG.referenceSource, m.source());
            Periods.add(model, fact, ORG.memberDuring, m.since(), m.until());
            if (m.until().isEmpty()) state.addProperty(DKG.memberOf, org);
        }
        return model;
    }

    public Model write(Collection<Entity> entities) {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.set(model);
        Set<String> stateKeys = new HashSet<>();
        entities.stream().filter(e -> e.kind() == EntityKind.STATE).forEach(e -> stateKeys.add(e.key()));
        for (Entity e : entities) {
            Resource node = EntityNodes.reference(model, e);
            DocumentGraphWriter.label(node, e.labelFr(), e.labelEn());
            for (String alias : e.aliases()) {
                if (!alias.equals(e.labelFr()) && !alias.equals(e.labelEn())) node.addProperty(SKOS.altLabel, alias);
            }
            EntityNodes.kind(node, e);
            if (!e.parentKey().isEmpty()) {
                node.addProperty(DKG.partOf, model.createResource(Iris.entity(EntityKind.ORGANISATION.pathSegment(), e.parentKey())));
            }
            CODES.forEach((name, property) -> {
                String value = e.properties().getOrDefault(name, "");
                if (!value.isBlank()) node.addProperty(property, value);
            });
            String geonames = e.properties().getOrDefault("geonamesId", "");
            if (!geonames.isBlank()) node.addProperty(SKOS.exactMatch, model.createResource("https://sws.geonames.org/" + geonames + "/"));
            String wikidata = e.properties().getOrDefault("wikidata", "");
            if (wikidata.matches("Q\\d+") && !ExternalLinks.hasCuratedWikidata(e.kind(), e.key())) {
                node.addProperty(SKOS.exactMatch, model.createResource(ExternalLinks.WIKIDATA + wikidata));
            }
            for (ExternalLinks.Link link : ExternalLinks.curated(e.kind(), e.key())) {
                node.addProperty(link.relation(), model.createResource(link.target()));
            }
            String formalFr = e.properties().getOrDefault("labelFrFormal", "");
            if (!formalFr.isBlank()) node.addProperty(SKOS.altLabel, formalFr, "fr");
            String formalEn = e.properties().getOrDefault("labelEnFormal", "");
            if (!formalEn.isBlank()) node.addProperty(SKOS.altLabel, formalEn, "en");
            DATES.forEach((name, property) -> {
                String value = e.properties().getOrDefault(name, "");
                if (!value.isBlank()) node.addLiteral(property, IsoDates.literal(model, value));
            });
            INSTRUMENT_LINKS.forEach((name, property) -> {
                for (String key : keys(e.properties().getOrDefault(name, ""))) {
                    node.addProperty(property, model.createResource(Iris.entity(EntityKind.INSTRUMENT.pathSegment(), key)));
                }
            });
            for (String key : keys(e.properties().getOrDefault("depositary", ""))) {
                EntityKind kind = stateKeys.contains(key) ? EntityKind.STATE : EntityKind.ORGANISATION;
                node.addProperty(DEPOSITARY, model.createResource(Iris.entity(kind.pathSegment(), key)));
            }
            node.addProperty(RDFS.isDefinedBy, model.createResource(Iris.REFERENCE_GRAPH));
        }
        return model;
    }

    private static List<String> keys(String value) {
        return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }
}
