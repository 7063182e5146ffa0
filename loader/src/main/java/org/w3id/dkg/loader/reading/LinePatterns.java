package org.w3id.dkg.loader.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The line patterns of {@code dkg/reading/line-patterns.properties}: what page
 * furniture, links, rules and paragraph starts look like. They live in a resource so
 * that a new kind of furniture is a one-line change, not a code change.
 */
final class LinePatterns {
    static final String RESOURCE = "/dkg/reading/line-patterns.properties";
    private static final LinePatterns DEFAULT = new LinePatterns(load(RESOURCE));

    final Pattern link;
    final Pattern rule;
    final Pattern symbol;
    final Pattern job;
    final Pattern page;
    final Pattern symbolNote;
    final Pattern numbered;
    final Pattern item;
    final Pattern bullet;
    final Pattern heading;
    final Pattern bracketed;
    final Pattern footnoteStart;
    final Pattern sentenceEnd;
    final Pattern mdDetect;
    final Pattern mdRule;
    final Pattern mdHeading;
    final Pattern mdBullet;
    final Pattern mdFootnote;
    final Pattern mdSupMarker;
    final Pattern mdBold;
    final double doubleSpacedRatio;
    final double shortLineRatio;
    final double typicalPercentile;

    private LinePatterns(Properties p) {
        link = compile(p, "link");
        rule = compile(p, "rule");
        symbol = compile(p, "furniture.symbol");
        job = compile(p, "furniture.job");
        page = compile(p, "furniture.page");
        symbolNote = compile(p, "furniture.note");
        numbered = compile(p, "start.numbered");
        item = compile(p, "start.item");
        bullet = compile(p, "start.bullet");
        heading = compile(p, "start.heading");
        bracketed = compile(p, "start.bracketed");
        footnoteStart = compile(p, "footnote.start");
        sentenceEnd = compile(p, "sentence.end");
        mdDetect = compile(p, "md.detect");
        mdRule = compile(p, "md.rule");
        mdHeading = compile(p, "md.heading");
        mdBullet = compile(p, "md.bullet");
        mdFootnote = compile(p, "md.footnote");
        mdSupMarker = compile(p, "md.supmarker");
        mdBold = compile(p, "md.bold");
        doubleSpacedRatio = Double.parseDouble(required(p, "layout.doubleSpacedRatio"));
        shortLineRatio = Double.parseDouble(required(p, "layout.shortLineRatio"));
        typicalPercentile = Double.parseDouble(required(p, "layout.typicalPercentile"));
    }

    static LinePatterns get() {
        return DEFAULT;
    }

    /** True when the line, closing quotes and brackets aside, ends with sentence punctuation. */
    boolean endsSentence(CharSequence line) {
        int i = line.length() - 1;
        while (i >= 0 && (Character.isWhitespace(line.charAt(i)) || "»”\"’)]".indexOf(line.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && sentenceEnd.matcher(String.valueOf(line.charAt(i))).matches();
    }

    static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = LinePatterns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("missing key " + key + " in " + RESOURCE);
        }
        return v.trim();
    }

    private static Pattern compile(Properties p, String key) {
        return Pattern.compile(required(p, key));
    }
}
