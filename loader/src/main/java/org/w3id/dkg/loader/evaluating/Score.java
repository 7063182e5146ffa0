package org.w3id.dkg.loader.evaluating;

import org.w3id.dkg.loader.family.FactTable;

/**
 * Precision, recall and F1 of one fact type, with the agreement of the non-key columns
 * over the facts that matched.
 *
 * @param expected   rows in the fixture
 * @param extracted  rows the loader produced
 * @param matched    rows on both sides (by key)
 * @param attributes non-key columns that agreed, over those compared
 * @param compared   non-key columns compared (both sides non-empty, or the fixture non-empty)
 */
public record Score(FactTable type, int expected, int extracted, int matched, int attributes, int compared) {
    public double precision() {
        return extracted == 0 ? (expected == 0 ? 1 : 0) : (double) matched / extracted;
    }

    public double recall() {
        return expected == 0 ? 1 : (double) matched / expected;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double attributeAgreement() {
        return compared == 0 ? 1 : (double) attributes / compared;
    }
}
