package org.w3id.dkg.loader.family.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.extracting.FactsSoFar;
import org.w3id.dkg.loader.recognising.EntityMention;

/**
 * One mention fact per entity a document names, with the first occurrence as evidence
 * and the number of occurrences. Reply headings count like any other occurrence.
 */
public final class MentionExtractor implements FactExtractor<MentionFact> {
    static final String RULE = "mention.first-occurrence";

    @Override
    public List<MentionFact> extract(DocumentAnalysis doc, FactsSoFar before) {
        Map<String, List<EntityMention>> byEntity = new LinkedHashMap<>();
        for (EntityMention m : doc.mentions()) {
            byEntity.computeIfAbsent(m.entity().kind() + "|" + m.entity().key(), k -> new ArrayList<>()).add(m);
        }
        List<MentionFact> facts = new ArrayList<>();
        for (List<EntityMention> all : byEntity.values()) {
            EntityMention first = all.get(0);
            double confidence = "adjective".equals(first.form()) ? 0.9 : 0.95;
            Evidence evidence = doc.evidence(first.start(), first.end(), RULE + "." + first.form(), confidence);
            facts.add(new MentionFact(first.entity(), first.surface(), all.size(), evidence));
        }
        return facts;
    }
}
