package org.w3id.dkg.loader.segmenting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The patterns of {@code dkg/segmenting/segment-patterns.properties}: headings, reply
 * header lines, printed paragraph numbers. Kept in a resource so that a report in
 * another language or layout needs new patterns, not new code.
 */
final class SegmentPatterns {
    static final String RESOURCE = "/dkg/segmenting/segment-patterns.properties";
    private static final SegmentPatterns DEFAULT = new SegmentPatterns(load());

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

    private SegmentPatterns(Properties p) {
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

    static SegmentPatterns get() {
        return DEFAULT;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SegmentPatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String get(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("missing key " + key + " in " + RESOURCE);
        }
        return v.trim();
    }

    private static Pattern compile(Properties p, String key) {
        return Pattern.compile(get(p, key));
    }
}
