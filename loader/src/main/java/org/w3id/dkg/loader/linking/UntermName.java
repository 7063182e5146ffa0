package org.w3id.dkg.loader.linking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UN terminology name split into the name proper and its article. UNTERM writes short names with the
 * article after them ({@code Espagne (l')}, {@code Bahamas (les) [fém.]}, {@code Saint-Siège (le) *}) and
 * formal names with the article before them ({@code le Royaume d'Espagne}); English names take
 * {@code (the)} / {@code the}. Footnote stars and grammatical notes are dropped.
 *
 * @param name    the name without article, notes or stars
 * @param article the article it takes in French
 */
public record UntermName(String name, Article article) {

    private static final Pattern TRAILING_ARTICLE =
            Pattern.compile("^(.*?)\\s*\\((l'|l’|le|la|les|the)\\)\\s*$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(l'|l’|le |la |les |the )(.*)$");

    /** Parses a short name ({@code Espagne (l')}); a name without article gets {@link Article#NONE}. */
    public static UntermName parseShort(String raw) {
        String s = clean(raw);
        Matcher m = TRAILING_ARTICLE.matcher(s);
        if (m.matches()) {
            String a = m.group(2);
            return new UntermName(m.group(1).strip(), a.equals("the") ? Article.NONE : Article.fromUnterm(a));
        }
        return new UntermName(s, Article.NONE);
    }

    /** Parses a formal name ({@code le Royaume d'Espagne}). */
    public static UntermName parseFormal(String raw) {
        String s = clean(raw);
        Matcher m = LEADING_ARTICLE.matcher(s);
        if (m.matches()) {
            String a = m.group(1).strip();
            return new UntermName(m.group(2).strip(), a.equals("the") ? Article.NONE : Article.fromUnterm(a));
        }
        return new UntermName(s, Article.NONE);
    }

    private static String clean(String raw) {
        return raw.replaceAll("\\[[^]]*]", "").replaceAll("\\*+", "").strip();
    }

    /**
     * For a short name carrying a parenthesised qualifier ({@code Bolivie (État plurinational de)}), the
     * qualifier put in front ({@code État plurinational de Bolivie}); otherwise empty.
     */
    public String inverted() {
        Matcher m = Pattern.compile("^(.+?) \\((.+?)\\)$").matcher(name);
        if (!m.matches()) {
            return "";
        }
        String q = m.group(2);
        return q.endsWith("'") || q.endsWith("’") ? q + m.group(1) : q + " " + m.group(1);
    }
}
