package org.w3id.dkg.loader.recognising;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;

/**
 * Links short definite references back to the instrument they stand for: after "le Traité sur
 * le commerce des armes", "du Traité" or "ledit Traité" is that treaty, so a rule written for
 * {@code ⟦I⟧} fires on "le Burkina Faso applique les dispositions du Traité". The head noun
 * must be capitalised, as French writes it for a specific instrument, and the antecedent is
 * the last instrument named before it whose French name starts with that noun, within a few
 * paragraphs. Nouns come from {@code back-references.txt}.
 */
public final class BackReferenceResolver {
    /** How far back (in characters) an antecedent may stand. */
    private static final int REACH = 4000;
    private static final String ARTICLES = "(?:le|du|au|ledit|dudit|audit|ce|ce même|la|de la|à la|ladite|de ladite|à ladite|cette|l[’']|de l[’']|à l[’'])";
    private final List<String> heads = new ArrayList<>();
    private final Pattern reference;

    public BackReferenceResolver() {
        try (InputStream in = BackReferenceResolver.class.getResourceAsStream("/dkg/recognising/back-references.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) heads.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String alternation = String.join("|", heads.stream().map(h -> Pattern.quote(h).replace("’", "\\E[’']\\Q")).toList());
        reference = Pattern.compile("(?<![\\p{L}])" + ARTICLES + "\\s*(" + alternation + ")(?![\\p{L}\\d-])(?!\\s+(?:sur|de|d[’']|relatif|relative|contre|pour|international|internationale|des|du|visant|concernant|portant|«)\\b)");
    }

    /** {@code mentions} (sorted, non-overlapping) with the back-references found in {@code text} added. */
    public List<EntityMention> resolve(String text, List<EntityMention> mentions) {
        List<EntityMention> added = new ArrayList<>();
        Matcher m = reference.matcher(text);
        int next = 0;
        while (m.find()) {
            int start = m.start(), end = m.end();
            while (next < mentions.size() && mentions.get(next).end() <= start) next++;
            if (next < mentions.size() && mentions.get(next).start() < end) continue;
            String head = m.group(1).replace('\'', '’');
            Entity antecedent = antecedent(mentions, next, start, head);
            if (antecedent != null) added.add(new EntityMention(start, end, text.substring(start, end), antecedent, "reference"));
        }
        if (added.isEmpty()) return mentions;
        List<EntityMention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt(EntityMention::start));
        return all;
    }

    private static Entity antecedent(List<EntityMention> mentions, int before, int at, String head) {
        for (int i = before - 1; i >= 0; i--) {
            EntityMention candidate = mentions.get(i);
            if (at - candidate.end() > REACH) return null;
            Entity e = candidate.entity();
            if (e.kind() == EntityKind.INSTRUMENT && e.labelFr().replace('\'', '’').startsWith(head)) return e;
        }
        return null;
    }
}
