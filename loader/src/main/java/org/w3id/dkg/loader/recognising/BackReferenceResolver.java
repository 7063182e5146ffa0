package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.language.Lexicon;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;

/**
 * Links short references back to the entity they stand for, so that rules written over entity
 * tokens fire on the sentences that follow a full name. After "le Traité sur le commerce des
 * armes", "du Traité" is that treaty ("le Burkina Faso applique les dispositions du Traité");
 * after "le Groupe de travail sur les mesures de confiance", "ledit groupe de travail" is that
 * group; after two conventions, "ces conventions" is both of them; "son universalisation" is the
 * universalisation of the instrument just named. The phrases and the words their antecedent is
 * recognised by come from {@code back-references.tsv}; the four forms are explained there.
 *
 * <p>A reference never overlaps a name the recogniser found, is never guessed without an
 * antecedent, and an antecedent must stand within a few paragraphs (a sentence or two for
 * possessives). A plural reference yields one mention per antecedent, all over the same words.
 */
public final class BackReferenceResolver {
    /** How far back (in characters) an antecedent may stand. */
    private static final int REACH = 4000;
    /** How far back a possessive's antecedent may stand. */
    private static final int NEAR = 400;
    private record Form(String form, EntityKind kind, String words, String antecedent) {}

    private record Found(int start, int end, Form form) {}

    /** One pattern per form, the words of all its rows in one alternation (longest first). */
    private final Map<Pattern, Map<String, Form>> patterns = new LinkedHashMap<>();

    /** Back-references in {@code language}: its {@code back-references.tsv} and the determiners of its lexicon. */
    public BackReferenceResolver(LanguagePack language) {
        Lexicon w = language.lexicon();
        String notAComplement = w.get("backref.not-a-complement"), qualifier = w.get("backref.qualifier");
        Map<String, Map<String, Form>> byForm = new LinkedHashMap<>();
        for (TsvTable.Row row : language.table("back-references.tsv").rows()) {
            String form = row.require("form");
            if (!List.of("definite", "demonstrative", "plural", "possessive").contains(form)) {
                throw new DataFormatException(row.where() + ": unknown form " + form);
            }
            EntityKind kind = EntityKind.valueOf(row.require("kind").toUpperCase(Locale.ROOT));
            Form f = new Form(form, kind, row.require("words"), row.require("antecedent").replace('\'', '’'));
            if (byForm.computeIfAbsent(form, k -> new LinkedHashMap<>()).put(normal(f.words()), f) != null) {
                throw new DataFormatException(row.where() + ": words listed twice for " + form + ": " + f.words());
            }
        }
        byForm.forEach((form, rows) -> {
            String words = rows.values().stream().map(Form::words).sorted(Comparator.comparingInt(String::length).reversed())
                    .map(word -> Pattern.quote(word).replace("’", "\\E[’']\\Q")).collect(Collectors.joining("|", "(", ")"));
            String regex = switch (form) {
                case "definite" -> w.get("backref.definite") + "\\s*" + words + notAComplement;
                case "demonstrative" -> w.get("backref.demonstrative") + "\\s+" + words + notAComplement;
                case "plural" -> "(?:" + w.get("backref.plural") + "\\s+" + words + "(?:\\s+" + qualifier + ")?|"
                        + w.get("backref.plural-qualified") + "\\s+" + words + "\\s+" + qualifier + ")(?![\\p{L}\\d-])";
                default -> w.get("backref.possessive") + "\\s+" + words + "(?![\\p{L}\\d-])";
            };
            patterns.put(Pattern.compile("(?<![\\p{L}])" + regex), rows);
        });
    }

    private static String normal(String words) {
        return words.replace('\'', '’');
    }

    /** {@code mentions} (sorted, non-overlapping) with the back-references found in {@code text} added. */
    public List<EntityMention> resolve(String text, List<EntityMention> mentions) {
        List<Found> found = new ArrayList<>();
        for (Map.Entry<Pattern, Map<String, Form>> p : patterns.entrySet()) {
            Matcher m = p.getKey().matcher(text);
            while (m.find()) {
                String words = m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2);
                Form form = p.getValue().get(normal(words));
                if (form != null) found.add(new Found(m.start(), m.end(), form));
            }
        }
        if (found.isEmpty()) return mentions;
        found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<EntityMention> added = new ArrayList<>();
        int floor = 0;
        for (Found f : found) {
            if (f.start() < floor || overlapsName(mentions, f.start(), f.end())) continue;
            List<Entity> antecedents = antecedents(text, mentions, added, f);
            for (Entity e : antecedents) {
                added.add(new EntityMention(f.start(), f.end(), text.substring(f.start(), f.end()), e, "reference"));
            }
            if (!antecedents.isEmpty()) floor = f.end();
        }
        if (added.isEmpty()) return mentions;
        List<EntityMention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt(EntityMention::start));
        return all;
    }

    private static boolean overlapsName(List<EntityMention> mentions, int start, int end) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).end() <= start) lo = mid + 1;
            else hi = mid;
        }
        return lo < mentions.size() && mentions.get(lo).start() < end;
    }

    /**
     * The antecedents of {@code f} among the names and the references resolved so far (both sorted, neither
     * overlapping itself), walking back from {@code f} no further than its form's reach.
     */
    private static List<Entity> antecedents(String text, List<EntityMention> names, List<EntityMention> references, Found f) {
        Form form = f.form();
        int reach = form.form().equals("possessive") ? NEAR : REACH;
        EntityMention nearest = null;
        for (List<EntityMention> sorted : List.of(names, references)) {
            for (int i = EntityMention.countStartingBefore(sorted, f.start()) - 1; i >= 0; i--) {
                EntityMention m = sorted.get(i);
                if (f.start() - m.end() > reach) break;
                if (fits(form, m.entity())) {
                    if (nearest == null || m.start() > nearest.start()) nearest = m;
                    break;
                }
            }
        }
        if (nearest == null) return List.of();
        if (!form.form().equals("plural")) return List.of(nearest.entity());
        int sentenceStart = Math.max(text.lastIndexOf(". ", nearest.start()), text.lastIndexOf('\n', nearest.start()));
        List<EntityMention> inSentence = new ArrayList<>();
        for (List<EntityMention> sorted : List.of(names, references)) {
            for (int i = EntityMention.countStartingBefore(sorted, nearest.end()) - 1; i >= 0 && sorted.get(i).start() > sentenceStart; i--) {
                if (fits(form, sorted.get(i).entity())) inSentence.add(sorted.get(i));
            }
        }
        inSentence.sort(Comparator.comparingInt(EntityMention::start));
        Set<Entity> all = new LinkedHashSet<>();
        inSentence.forEach(m -> all.add(m.entity()));
        return all.size() >= 2 ? List.copyOf(all) : List.of();
    }

    private static boolean fits(Form form, Entity e) {
        if (e.kind() != form.kind()) return false;
        if (form.antecedent().equals("*")) return true;
        String label = e.labelFr().replace('\'', '’');
        return switch (form.form()) {
            case "demonstrative" -> label.toLowerCase(Locale.ROOT).contains(form.antecedent().toLowerCase(Locale.ROOT));
            default -> label.startsWith(form.antecedent());
        };
    }
}
