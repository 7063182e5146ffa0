package org.w3id.dkg.loader.segmenting;

import java.util.Properties;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.language.LanguagePack;

/**
 * The structure markers of a language pack ({@code structure.properties}): headings, reply
 * header lines, printed paragraph numbers. Kept in a resource so that a report in
 * another language or layout needs new patterns, not new code.
 */
final class SegmentPatterns {
    static final String RESOURCE = "structure.properties";

    private final String source;
    final Pattern roman;
    final Pattern letter;
    final int sectionMaxLength;
    final Pattern headingStart;
    final Pattern headingNoFinal;
    final int headingMaxLines;
    final double headingShortRatio;
    final Pattern language;
    final Pattern date;
    final Pattern headingPrefix;
    final Pattern numbered;
    final Pattern item;
    final Pattern bullet;
    final Pattern footnoteNumber;

    /** The structure markers of {@code language} (its {@code structure.properties}). */
    SegmentPatterns(LanguagePack pack) {
        Properties p = pack.properties(RESOURCE);
        source = pack.resource(RESOURCE);
        roman = compile(p, "section.roman");
        letter = compile(p, "section.letter");
        sectionMaxLength = Integer.parseInt(get(p, "section.maxLength"));
        headingStart = compile(p, "heading.start");
        headingNoFinal = compile(p, "heading.noFinal");
        headingMaxLines = Integer.parseInt(get(p, "heading.maxLines"));
        headingShortRatio = Double.parseDouble(get(p, "heading.shortRatio"));
        language = compile(p, "reply.language");
        date = compile(p, "reply.date");
        headingPrefix = compile(p, "reply.headingPrefix");
        numbered = compile(p, "paragraph.numbered");
        item = compile(p, "paragraph.item");
        bullet = compile(p, "paragraph.bullet");
        footnoteNumber = compile(p, "footnote.number");
    }

    private String get(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("missing key " + key + " in " + source);
        }
        return v.trim();
    }

    private Pattern compile(Properties p, String key) {
        return Pattern.compile(get(p, key));
    }
}
