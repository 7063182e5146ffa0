package org.w3id.dkg.loader.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * A family of instruments named by number — Security Council and General Assembly resolutions, EU Council
 * decisions — recognised by a regular expression from {@code patterns.tsv} instead of being listed: there
 * are thousands and new ones every year. A rule both finds them in text and rebuilds an entity from its key.
 *
 * @param keyTemplate  e.g. {@code UNGA_RES_{session}_{number}_{part}}
 * @param kind         the entity kind made
 * @param subKind      e.g. {@code resolution}, {@code council_decision}
 * @param regex        the whole mention (possibly a list: "résolutions 76/32 et 76/232")
 * @param item         one item inside the mention, or null when the mention is one item
 * @param keyRegex     matches the keys this rule makes, with the same named groups
 * @param labelFr      French label template
 * @param labelEn      English label template
 */
public record PatternRule(String keyTemplate, EntityKind kind, String subKind, Pattern regex, Pattern item,
                          Pattern keyRegex, String labelFr, String labelEn) {

    static final String RESOURCE = "/dkg/registry/patterns.tsv";
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    /** One item found in text: where (in the searched string), and the entity it names. */
    public record Hit(int start, int end, Entity entity) {}

    public static List<PatternRule> loadDefault() {
        List<PatternRule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(RESOURCE).rows()) {
            try {
                String item = row.get("item");
                rules.add(new PatternRule(row.require("key_template"), EntityKind.valueOf(row.require("kind")),
                        row.require("sub_kind"), Pattern.compile(row.require("regex")),
                        item.isEmpty() ? null : Pattern.compile(item), Pattern.compile(row.require("key_regex")),
                        row.require("label_fr"), row.require("label_en")));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(row.where() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }

    /** Every item this rule finds in {@code text}; the first item of a list starts where the list starts. */
    public List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = regex.matcher(text);
        while (m.find()) {
            if (item == null) {
                hits.add(new Hit(m.start(), m.end(), entity(groups(m, regex))));
                continue;
            }
            Matcher im = item.matcher(text).region(m.start(), m.end());
            boolean first = true;
            while (im.find()) {
                hits.add(new Hit(first ? m.start() : im.start(), im.end(), entity(groups(im, item))));
                first = false;
            }
        }
        return hits;
    }

    /** Rebuilds the entity a key names, if this rule makes such keys. */
    public Optional<Entity> fromKey(String key) {
        Matcher m = keyRegex.matcher(key);
        return m.matches() ? Optional.of(entity(groups(m, keyRegex))) : Optional.empty();
    }

    private static Map<String, String> groups(Matcher m, Pattern p) {
        Map<String, String> g = new LinkedHashMap<>();
        Matcher names = GROUP_NAME.matcher(p.pattern());
        while (names.find()) {
            String name = names.group(1);
            String v = m.group(name);
            if (v != null) {
                g.put(name, v);
            }
        }
        return g;
    }

    private Entity entity(Map<String, String> groups) {
        String key = fill(keyTemplate, groups);
        Map<String, String> props = new LinkedHashMap<>(groups);
        String fr = fill(labelFr, groups);
        return new Entity(kind, key, fr, fill(labelEn, groups), subKind, "", List.of(fr), Map.copyOf(props));
    }

    /** Fills {name} slots; an absent group removes its slot together with a preceding '_' or ' '. */
    static String fill(String template, Map<String, String> groups) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = groups.get(m.group(1));
            if (v == null) {
                m.appendReplacement(sb, "");
                int last = sb.length() - 1;
                if (last >= 0 && (sb.charAt(last) == '_' || sb.charAt(last) == ' ')) {
                    sb.setLength(last);
                }
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(v));
            }
        }
        m.appendTail(sb);
        return sb.toString().strip();
    }
}
