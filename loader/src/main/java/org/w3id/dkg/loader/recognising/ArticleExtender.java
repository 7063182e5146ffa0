package org.w3id.dkg.loader.recognising;

import org.w3id.dkg.loader.linking.Alias;

/**
 * Widens a name to the left over the French article, contraction or elision that belongs to it
 * ({@code l'Espagne}, {@code au Mexique}, {@code des Bahamas}, {@code de la Fédération de Russie}), taking
 * only forms that agree with the name's article as the registry records it, so that the surface reads as
 * the text names the entity and the article never leaks into a neighbouring mention.
 */
final class ArticleExtender {

    private ArticleExtender() {}

    /** The new folded start of a name at {@code start}, not going left of {@code floor}. */
    static int extend(String folded, int start, Alias alias, int floor) {
        for (String form : alias.article().formsBefore(alias.text())) {
            int s = start - form.length();
            if (s < floor || s < 0) {
                continue;
            }
            String before = folded.substring(s, start);
            if (!equalsFirstLetterCaseInsensitive(before, form)) {
                continue;
            }
            if (s > 0 && Character.isLetterOrDigit(folded.charAt(s - 1))) {
                continue;
            }
            return s;
        }
        return start;
    }

    private static boolean equalsFirstLetterCaseInsensitive(String text, String form) {
        if (text.length() != form.length()) {
            return false;
        }
        return Character.toLowerCase(text.charAt(0)) == form.charAt(0) && text.substring(1).equals(form.substring(1));
    }
}
