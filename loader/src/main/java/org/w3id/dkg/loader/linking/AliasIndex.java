package org.w3id.dkg.loader.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.recognising.FoldedText;

/**
 * Every alias of every entity under its folded form (apostrophes and spaces made equal). Building it is
 * where registry mistakes surface: an alias naming two entities is an error unless every entry of it is
 * marked ambiguous, in which case it is kept out of linking altogether.
 */
public final class AliasIndex {

    private final Map<String, Alias> linkable;
    private final Map<String, List<Alias>> ambiguous;

    private AliasIndex(Map<String, Alias> linkable, Map<String, List<Alias>> ambiguous) {
        this.linkable = Map.copyOf(linkable);
        this.ambiguous = Map.copyOf(ambiguous);
    }

    /** Indexes aliases; throws {@link DataFormatException} on an unmarked collision. */
    public static AliasIndex build(Collection<Alias> aliases) {
        Map<String, List<Alias>> byForm = new LinkedHashMap<>();
        for (Alias a : aliases) {
            byForm.computeIfAbsent(FoldedText.fold(a.text()), k -> new ArrayList<>()).add(a);
        }
        Map<String, Alias> linkable = new HashMap<>();
        Map<String, List<Alias>> ambiguous = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, List<Alias>> e : byForm.entrySet()) {
            List<Alias> all = e.getValue();
            long entities = all.stream().map(a -> a.entity().kind() + "/" + a.entity().key()).distinct().count();
            boolean anyAmbiguous = all.stream().anyMatch(Alias::ambiguous);
            if (entities > 1 && !all.stream().allMatch(Alias::ambiguous)) {
                errors.add("'" + e.getKey() + "' names " + all.stream()
                        .map(a -> a.entity().key() + (a.ambiguous() ? "(?)" : "")).distinct().toList());
            } else if (anyAmbiguous) {
                ambiguous.put(e.getKey(), List.copyOf(all));
            } else {
                linkable.put(e.getKey(), all.get(0));
            }
        }
        if (!errors.isEmpty()) {
            throw new DataFormatException("aliases naming more than one entity without being marked"
                    + " ambiguous (prefix ?): " + errors);
        }
        return new AliasIndex(linkable, ambiguous);
    }

    /** The alias with this exact (folded) form, if it is unambiguous. */
    public Optional<Alias> get(String surface) {
        return Optional.ofNullable(linkable.get(FoldedText.fold(surface)));
    }

    /** Unambiguous aliases by folded form: what recognition may link. */
    public Map<String, Alias> linkable() {
        return linkable;
    }

    /** Aliases marked ambiguous, by folded form. */
    public Map<String, List<Alias>> ambiguous() {
        return ambiguous;
    }
}
