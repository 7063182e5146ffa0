package org.w3id.dkg.loader.linking;

/**
 * One name by which text refers to an entity, with what the recogniser needs to match it well.
 *
 * @param text      the name as the registry gives it (without article)
 * @param entity    the entity it names
 * @param article   which French article forms belong to it in running text
 * @param acronym   an acronym ({@code OSCE}, {@code CEDEAO}): matched exactly, never case-varied
 * @param ambiguous marked ambiguous in the registry: may name something else, so never used to link
 */
public record Alias(String text, Entity entity, Article article, boolean acronym, boolean ambiguous) {

    /** An acronym is one token of capitals and digits (hyphens allowed), with at least two capitals. */
    public static boolean looksLikeAcronym(String s) {
        if (s.isEmpty() || s.contains(" ")) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c) && c != '-' && c != '.') {
                return false;
            }
        }
        return capitals >= 2;
    }
}
