package org.w3id.dkg.loader.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.ontology.Iris;

/**
 * Where a fact family writes one fact: the fact's node (its evidence already attached), the
 * document it comes from, and the few idioms every mapping uses — entity nodes, dates with the
 * precision the text gives, periods, code-list concepts and the direct triple a concept yields.
 */
public final class FactGraph {
    /** schema.org, for amounts and event dates. */
    public static final String SCHEMA = "https://schema.org/";

    private final Model model;
    private final Resource node;
    private final Resource document;
    private final DirectProperties direct;

    FactGraph(Model model, Resource node, Resource document, DirectProperties direct) {
        this.model = model;
        this.node = node;
        this.document = document;
        this.direct = direct;
    }

    public Model model() {
        return model;
    }

    /** The fact's node. */
    public Resource node() {
        return node;
    }

    /** The document the fact comes from. */
    public Resource document() {
        return document;
    }

    /** An entity's node, typed and keyed (see {@link EntityNodes#reference}); one found in the text says so. */
    public Resource entity(Entity e) {
        Resource r = EntityNodes.reference(model, e);
        EntityNodes.foundInText(r, e, document);
        return r;
    }

    /** The concept {@code notation} of the code list {@code scheme}. */
    public Resource code(String scheme, String notation) {
        return model.createResource(Iris.code(scheme, notation));
    }

    /** The direct property a concept yields ({@code dkg:ratified} for the action "ratified"), or null. */
    public Property direct(String scheme, String notation) {
        return direct.of(scheme, notation);
    }

    /** Adds {@code node p date} with the precision of {@code iso} (year, month or day); nothing when empty. */
    public void date(Resource subject, Property p, String iso) {
        if (iso != null && !iso.isEmpty()) subject.addProperty(p, IsoDates.literal(model, iso));
    }

    /** Adds a period of the fact (see {@link Periods}); nothing when both ends are empty. */
    public void period(Property p, String since, String until) {
        Periods.add(model, node, p, since, until);
    }

    /** A schema.org property. */
    public Property schema(String local) {
        return model.createProperty(SCHEMA + local);
    }
}
