package org.w3id.dkg.loader.recognising;

import org.w3id.dkg.loader.linking.EntityRegistry;

/**
 * The loader's own Aho-Corasick name matcher ({@link AliasMatcher}, package-private), opened to the
 * benchmarks so that the "physical limit" of extraction is measured with exactly the automaton the loader
 * builds, not a look-alike. It lives in the loader's package but in the bench module, so the loader's API
 * does not grow for a benchmark.
 */
public final class MatcherProbe {
    private final AliasMatcher matcher;

    public MatcherProbe(EntityRegistry registry) {
        this.matcher = new AliasMatcher(registry.linkableAliases(), registry.nonNames());
    }

    /** Folds {@code text} as the recogniser does and counts the whole-word alias matches in it. */
    public int count(String text) {
        return matcher.match(FoldedText.fold(text)).size();
    }
}
