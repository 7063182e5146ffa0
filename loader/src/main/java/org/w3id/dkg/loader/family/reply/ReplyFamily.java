package org.w3id.dkg.loader.family.reply;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** Who answered the request a report gives account of: {@code dkg:Reply}, with date and original language. */
public final class ReplyFamily implements FactFamily<ReplyFact> {
    private static final FactTable TABLE = new FactTable("RESPONDENTS", "respondents.tsv", List.of("doc", "actor_key"),
            List.of("reply_date", "original_language"));

    @Override
    public String id() {
        return "replies";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Class<ReplyFact> factClass() {
        return ReplyFact.class;
    }

    @Override
    public FactExtractor<ReplyFact> extractor(ExtractionContext context) {
        return new ReplyExtractor(context.language());
    }

    @Override
    public void write(FactGraph g, ReplyFact reply) {
        Resource respondent = g.entity(reply.respondent());
        g.node().addProperty(RDF.type, DKG.Reply).addProperty(DKG.respondent, respondent);
        g.date(g.node(), DCTerms.date, reply.date());
        if (!reply.language().isEmpty()) g.node().addProperty(DKG.originalLanguage, reply.language());
        respondent.addProperty(DKG.repliedTo, g.document());
    }

    @Override
    public FactTable table() {
        return TABLE;
    }

    @Override
    public Map<String, String> row(ReplyFact f) {
        return FactTable.row("actor_key", f.respondent().key(), "reply_date", f.date(), "original_language", f.language());
    }
}
