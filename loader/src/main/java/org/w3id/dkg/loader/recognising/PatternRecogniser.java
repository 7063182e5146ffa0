package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.linking.PatternRule;

/**
 * Finds the instruments named by number (resolutions, EU Council decisions) with the registry's pattern
 * rules; a list such as {@code résolutions 76/32 et 76/232} yields one mention per item.
 */
final class PatternRecogniser {

    private final List<PatternRule> rules;

    PatternRecogniser(EntityRegistry registry) {
        this.rules = registry.patterns();
    }

    List<Candidate> find(String folded) {
        List<Candidate> out = new ArrayList<>();
        for (PatternRule rule : rules) {
            for (PatternRule.Hit h : rule.find(folded)) {
                out.add(new Candidate(h.start(), h.end(), h.entity(), "pattern", null));
            }
        }
        return out;
    }
}
