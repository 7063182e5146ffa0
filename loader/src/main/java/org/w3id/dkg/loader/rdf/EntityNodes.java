package org.w3id.dkg.loader.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.MintedEntities;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;

/**
 * Entity nodes as a document graph refers to them: IRI, class and key, so that each
 * document graph stands on its own. Entities the registries do not list (resolutions,
 * Council decisions found by pattern, bodies found in the text) also get their labels here, and the links that follow
 * from their numbers ({@link ExternalLinks#derived}: ELI and CELEX, undocs.org).
 */
public final class EntityNodes {
    private EntityNodes() {}

    public static String iri(Entity e) {
        return Iris.entity(e.kind().pathSegment(), e.key());
    }

    public static Resource classOf(EntityKind kind) {
        return switch (kind) {
            case STATE -> DKG.State;
            case ORGANISATION -> DKG.Organisation;
            case INSTRUMENT -> DKG.Instrument;
            case GROUP -> DKG.Group;
            case EVENT -> DKG.Event;
        };
    }

    /** The entity's node in {@code model}, typed and keyed; labelled when it comes from a pattern. */
    public static Resource reference(Model model, Entity e) {
        Resource node = model.createResource(iri(e))
                .addProperty(RDF.type, classOf(e.kind()))
                .addProperty(SKOS.notation, e.key());
        if ("pattern".equals(e.properties().get("source")) || e.kind() == EntityKind.EVENT || MintedEntities.isMinted(e)) {
            DocumentGraphWriter.label(node, e.labelFr(), e.labelEn());
            kind(node, e);
        }
        // A numbered act has its links wherever it is written: no registry lists it.
        for (ExternalLinks.Link link : ExternalLinks.derived(e)) {
            node.addProperty(link.relation(), model.createResource(link.target()));
        }
        return node;
    }

    /**
     * What a document graph says of an entity it found in its own text, no registry listing it: its label in the
     * document's language, the organisation it is part of, the document it was found in and the words that
     * introduced it ({@link DKG#foundIn}, {@link DKG#definingQuote}), so that a reader tells it from a curated one.
     */
    public static void foundInText(Resource node, Entity e, Resource document) {
        if (!MintedEntities.isMinted(e)) return;
        node.addProperty(DKG.foundIn, document);
        String quote = e.properties().getOrDefault("definedBy", "");
        if (!quote.isEmpty()) node.addProperty(DKG.definingQuote, quote);
        if (!e.parentKey().isEmpty()) {
            node.addProperty(DKG.partOf, node.getModel().createResource(Iris.entity(EntityKind.ORGANISATION.pathSegment(), e.parentKey())));
        }
        String acronym = e.properties().getOrDefault("acronym", "");
        if (!acronym.isEmpty()) node.addProperty(SKOS.altLabel, acronym);
    }

    /** The registry's kind of an entity, as a literal and, for instruments, as a concept of the instrument-kind code list. */
    public static void kind(Resource node, Entity e) {
        if (e.subKind().isEmpty()) return;
        node.addProperty(DKG.kind, e.subKind());
        if (e.kind() == EntityKind.INSTRUMENT) {
            node.addProperty(DKG.instrumentKind, node.getModel().createResource(Iris.code("instrument-kind", e.subKind())));
        }
    }
}
