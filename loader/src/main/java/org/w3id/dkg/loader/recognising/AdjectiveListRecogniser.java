package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.EntityRegistry;

/**
 * Finds States named by adjective after a governmental noun: {@code le Gouvernement espagnol}, {@code la
 * délégation mexicaine}, {@code les autorités cubaines}, and lists such as {@code des Gouvernements
 * burkinabé, cubain, espagnol, hondurien, mexicain et pakistanais} (one mention per adjective). Outside that
 * context an adjective is a language or a people ({@code [Original : espagnol]}) and is not a State.
 */
final class AdjectiveListRecogniser {

    private static final Pattern TRIGGER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[Gg]ouvernements?|[Dd]élégations?|[Aa]utorités|[Mm]issions? permanentes?|État) ");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");
    private static final Pattern SEPARATOR = Pattern.compile(",? et |, ");

    private final EntityRegistry registry;

    AdjectiveListRecogniser(EntityRegistry registry) {
        this.registry = registry;
    }

    List<Candidate> find(String folded) {
        List<Candidate> out = new ArrayList<>();
        Matcher t = TRIGGER.matcher(folded);
        Matcher w = WORD.matcher(folded);
        Matcher sep = SEPARATOR.matcher(folded);
        while (t.find()) {
            int pos = t.end();
            while (pos < folded.length()) {
                w.region(pos, folded.length());
                if (!w.lookingAt()) {
                    break;
                }
                Optional<String> iso3 = registry.adjectives().iso3(w.group());
                if (iso3.isEmpty()) {
                    break;
                }
                int start = w.start();
                int end = w.end();
                registry.find(EntityKind.STATE, iso3.get())
                        .ifPresent(e -> out.add(new Candidate(start, end, e, "adjective", null)));
                sep.region(end, folded.length());
                if (!sep.lookingAt()) {
                    break;
                }
                pos = sep.end();
            }
        }
        return out;
    }
}
