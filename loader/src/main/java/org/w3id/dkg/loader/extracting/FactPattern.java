package org.w3id.dkg.loader.extracting;

import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * One extraction rule: a regular expression over annotated sentences (see {@link FactPatterns}
 * for the macros), the confidence of what it finds, and the other columns of its row
 * (e.g. the action it asserts), which the extractor of its family reads.
 *
 * @param id         recorded in each fact's provenance ({@code dkg:rule})
 * @param regex      the compiled pattern, macros expanded
 * @param confidence between 0 and 1
 * @param row        the whole row, for family-specific columns
 * @param prefilter  what a sentence must contain for the pattern to match, checked first
 */
public record FactPattern(String id, Pattern regex, double confidence, TsvTable.Row row, RulePrefilter prefilter) {
    /** A family-specific column, empty when absent. */
    public String get(String column) {
        return row.get(column);
    }
}
