package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityRegistry;

/**
 * Finds the registry entities a text names. Three sources of candidates — the alias automaton, the
 * pattern rules for numbered instruments and the governmental adjective lists — are merged so that the
 * longest match wins and mentions never overlap ({@code République démocratique du Congo} is one State,
 * not also {@code Congo}); names are then widened over their article. Matching runs on a folded copy of
 * the text (apostrophes, quotes and white space unified) and offsets are mapped back, so each mention's
 * surface is exactly {@code text.substring(start, end)}.
 *
 * <p>Immutable and thread-safe: build it once per registry and reuse it for every document.
 */
public final class EntityRecogniser {

    private static final Pattern HEADING_NOISE_END = Pattern.compile("[\\s\\p{Punct}\\d*’]+$");
    private static final Pattern HEADING_NOISE_START = Pattern.compile("^[\\s\\p{Punct}\\d*]+");

    private final EntityRegistry registry;
    private final AliasMatcher aliases;
    private final PatternRecogniser patterns;
    private final AdjectiveListRecogniser adjectives;

    public EntityRecogniser(EntityRegistry registry) {
        this.registry = registry;
        this.aliases = new AliasMatcher(registry.linkableAliases(), registry.nonNames());
        this.patterns = new PatternRecogniser(registry);
        this.adjectives = new AdjectiveListRecogniser(registry);
    }

    /** Non-overlapping mentions, sorted by start. */
    public List<EntityMention> recognise(String text) {
        FoldedText ft = FoldedText.of(text);
        String folded = ft.folded();
        List<Candidate> candidates = new ArrayList<>(aliases.match(folded));
        candidates.addAll(patterns.find(folded));
        candidates.addAll(adjectives.find(folded));
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start));

        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.stream().noneMatch(o -> o.overlaps(c.start(), c.end()))) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));

        List<EntityMention> mentions = new ArrayList<>(chosen.size());
        int floor = 0;
        for (Candidate c : chosen) {
            if (c.entity() == null) {
                floor = c.end();
                continue;
            }
            int start = c.alias() == null ? c.start() : ArticleExtender.extend(folded, c.start(), c.alias(), floor);
            int s = ft.originalStart(start);
            int e = ft.originalEnd(c.end());
            mentions.add(new EntityMention(s, e, text.substring(s, e), c.entity(), c.form()));
            floor = c.end();
        }
        return List.copyOf(mentions);
    }

    /**
     * The entity a whole heading names — a reply heading such as {@code Burkina Faso}, {@code Espagne},
     * {@code Union européenne} — ignoring an article, surrounding spaces, footnote marks and punctuation.
     * Empty when the heading is not exactly one name.
     */
    public Optional<Entity> resolveHeading(String heading) {
        String h = HEADING_NOISE_START.matcher(FoldedText.fold(heading)).replaceAll("");
        h = HEADING_NOISE_END.matcher(h).replaceAll("").strip();
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> exact = registry.byAlias(h);
        if (exact.isPresent()) {
            return exact;
        }
        List<EntityMention> found = recognise(h);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == h.length()) {
            return Optional.of(found.get(0).entity());
        }
        return Optional.empty();
    }
}
