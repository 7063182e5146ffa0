package org.w3id.dkg.loader.recognising;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.w3id.dkg.loader.linking.Alias;
import org.w3id.dkg.loader.linking.Article;
import org.w3id.dkg.loader.linking.EntityRegistry;

/**
 * Finds every registry alias in a folded text in one pass, with a single Aho-Corasick automaton built once
 * over all aliases (thousands of names: one regular expression per name would rescan the text thousands of
 * times). Matching is case-sensitive — acronyms ({@code UE}, {@code ONU}) must not fire on ordinary words —
 * except that a name of four words or more may also start with the other case of its first letter
 * ({@code programme SaferGuard} at the start of a sentence, {@code traité ...} in running text), and may
 * have its longer words capitalised, as titles are printed. Only
 * whole-word matches are kept; a digit may follow a name (footnote calls such as {@code Kosovo3}).
 * The automaton is never modified after construction, so one matcher serves all threads. Public so that the
 * benchmarks measure the physical limit of extraction with exactly this automaton ({@link #of}, {@link #count}).
 */
public final class AliasMatcher {

    private final PayloadTrie<Alias> trie;

    /** A payload standing for a phrase that is not a name: it wins its place, then yields no mention. */
    static final Alias NON_NAME = new Alias("", null, org.w3id.dkg.loader.linking.Article.NONE, false, true);

    AliasMatcher(Map<String, Alias> aliasesByFoldedForm, List<String> nonNames) {
        Map<String, Alias> keywords = new HashMap<>();
        nonNames.forEach(n -> keywords.put(plain(FoldedText.fold(n)), NON_NAME));
        aliasesByFoldedForm.forEach((form, alias) -> {
            String key = plain(form);
            // names that differ only by accents ("Sénégal", "Senegal") are one key: the one that knows its article wins
            keywords.merge(key, alias, (kept, other) -> kept != NON_NAME && kept.entity() != null && other.entity() != null
                    && kept.entity().equals(other.entity()) && kept.article() == Article.NONE ? other : kept);
            if (!alias.acronym() && form.split(" ").length >= 4) {
                keywords.putIfAbsent(swapFirstCase(key), alias);
                // the same name with its words capitalised, as titles of conventions are printed
                // ("Convention de la CEDEAO sur les Armes Légères et de Petit Calibre")
                keywords.putIfAbsent(titleCase(key), alias);
            }
            // a name of several words set in capitals, as page headings print it ("CONFERENCE DU DESARMEMENT")
            if (!alias.acronym() && form.split(" ").length >= 2 && form.length() >= 12) {
                keywords.putIfAbsent(key.toUpperCase(Locale.ROOT), alias);
            }
        });
        PayloadTrie.PayloadTrieBuilder<Alias> builder = PayloadTrie.builder();
        keywords.forEach(builder::addKeyword);
        this.trie = builder.build();
    }

    /** The matcher {@link EntityRecogniser} builds for {@code registry}. */
    public static AliasMatcher of(EntityRegistry registry) {
        return new AliasMatcher(registry.linkableAliases(), registry.nonNames());
    }

    /** Folds {@code text} as the recogniser does and counts the whole-word alias matches in it. */
    public int count(String text) {
        return match(FoldedText.fold(text)).size();
    }

    /** {@code s} with each word of four letters or more capitalised; shorter words (articles, prepositions) kept. */
    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split(" ", -1)) {
            if (out.length() > 0) out.append(' ');
            out.append(word.length() >= 4 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return out.toString();
    }

    private static String swapFirstCase(String s) {
        char c = s.charAt(0);
        char swapped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return swapped + s.substring(1);
    }

    /** Whole-word matches of aliases in {@code folded}, overlapping ones included. */
    List<Candidate> match(String folded) {
        List<Candidate> out = new ArrayList<>();
        folded = plain(folded);
        for (PayloadEmit<Alias> emit : trie.parseText(folded)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (!boundaryBefore(folded, start) || !boundaryAfter(folded, end)) {
                continue;
            }
            Alias a = emit.getPayload();
            out.add(new Candidate(start, end, a.entity(), a == NON_NAME ? "none" : a.acronym() ? "acronym" : "name", a));
        }
        return out;
    }

    /**
     * {@code s} with the accents of its letters dropped, char for char (so offsets stay those of {@code s}):
     * names match whether a page writes "États-Unis" or "Etats-Unis", "Équateur" or "Equateur".
     */
    static String plain(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c < '\u00C0' || c > '\u024F') continue;
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (d.length() > 1 && d.charAt(0) < 128 && Character.isLetter(d.charAt(0))) out[i] = d.charAt(0);
        }
        return new String(out);
    }

    private static boolean boundaryBefore(String s, int start) {
        return start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1));
    }

    private static boolean boundaryAfter(String s, int end) {
        return end >= s.length() || !Character.isLetter(s.charAt(end));
    }
}
