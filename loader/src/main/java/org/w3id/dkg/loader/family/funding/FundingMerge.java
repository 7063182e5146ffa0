package org.w3id.dkg.loader.family.funding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.dkg.loader.extracting.Evidence;

/**
 * One decision stated over several sentences ("Le Conseil a adopté la décision ... Cette décision prévoit
 * 2,7 millions d'euros ...") is one funding fact: the facts found about it are merged, each part taken from
 * the first fact that states it, with the decision's own sentence as evidence.
 */
final class FundingMerge {
    private FundingMerge() {}

    /** Facts about one decision stated over several sentences become one; parts missing in one come from another. */
    static List<FundingFact> byDecision(List<FundingFact> all) {
        Map<String, List<FundingFact>> byDecision = new LinkedHashMap<>();
        List<FundingFact> out = new ArrayList<>();
        for (FundingFact f : all) {
            if (f.decision() == null) out.add(f);
            else byDecision.computeIfAbsent(f.funder().key() + "|" + f.decision().key(), k -> new ArrayList<>()).add(f);
        }
        for (List<FundingFact> group : byDecision.values()) {
            List<FundingFact> withBeneficiary = group.stream().filter(f -> f.beneficiary() != null).toList();
            List<FundingFact> bases = withBeneficiary.isEmpty() ? List.of(group.get(0)) : withBeneficiary;
            List<String> seen = new ArrayList<>();
            for (FundingFact base : bases) {
                String key = base.beneficiary() == null ? "" : base.beneficiary().key();
                if (seen.contains(key)) continue;
                seen.add(key);
                FundingFact merged = base;
                FundingFact main = group.stream().filter(f -> f.evidence().rule().equals("fund.decision")).findFirst().orElse(base);
                for (FundingFact other : group) merged = fill(merged, other, main.evidence());
                out.add(merged);
            }
        }
        return out;
    }

    private static FundingFact fill(FundingFact a, FundingFact b, Evidence evidence) {
        return new FundingFact(a.funder(), a.decision(), first(a.decisionDate(), b.decisionDate()),
                a.amount() != null ? a.amount() : b.amount(), a.amount() != null ? a.currency() : b.currency(),
                a.beneficiary(), a.purpose() != null ? a.purpose() : b.purpose(),
                first(a.since(), b.since()), first(a.until(), b.until()), first(a.duration(), b.duration()), evidence);
    }

    private static String first(String a, String b) {
        return a == null || a.isEmpty() ? Objects.requireNonNullElse(b, "") : a;
    }
}
