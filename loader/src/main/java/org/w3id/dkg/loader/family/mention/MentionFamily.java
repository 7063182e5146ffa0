package org.w3id.dkg.loader.family.mention;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.BasicFactFamily;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.loader.evaluating.FactRows;
import org.w3id.dkg.loader.linking.MintedEntities;

/** Which entities a document names: one {@code dkg:Mention} per entity, with its first occurrence and count. */
public final class MentionFamily extends BasicFactFamily<MentionFact> {
    private static final FactTable TABLE = new FactTable("MENTIONS", "mentions.tsv", List.of("doc", "entity_kind", "key"), List.of());

    public MentionFamily() {
        super("mentions", 20, MentionFact.class, TABLE);
    }

    @Override
    public FactExtractor<MentionFact> extractor(ExtractionContext context) {
        return new MentionExtractor();
    }

    @Override
    public void write(FactGraph g, MentionFact mention) {
        Resource entity = g.entity(mention.entity());
        g.node().addProperty(RDF.type, DKG.Mention)
                .addProperty(DKG.entity, entity)
                .addProperty(DKG.surfaceForm, mention.surface())
                .addLiteral(DKG.occurrences, (long) mention.occurrences());
        g.document().addProperty(DKG.mentions, entity);
    }

    @Override
    public Map<String, String> row(MentionFact f) {
        // a minted key is compared by the name the text uses (FactRows#withMintedKeysAsExpected)
        return FactTable.row("entity_kind", f.entity().kind().label(), "key", f.entity().key(), "label_in_text", f.surface(),
                FactRows.MINTED, MintedEntities.isMinted(f.entity()) ? "yes" : "");
    }
}
