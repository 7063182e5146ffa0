package org.w3id.dkg.loader.segmenting;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.w3id.dkg.loader.reading.Block;
import org.w3id.dkg.loader.reading.NormalisedDocument;

/**
 * Gives each block its role: numbered or marked-up section heading, unnumbered
 * heading, reply header line, list item, footnote or body. Unnumbered headings are
 * only inferred in plain conversions, where a short line without final punctuation
 * is the only sign of a heading; in Markdown conversions the markup says it.
 */
final class UnitClassifier {
    private final SegmentPatterns patterns;

    UnitClassifier(SegmentPatterns patterns) {
        this.patterns = patterns;
    }

    List<Unit> classify(NormalisedDocument doc) {
        TreeSet<Integer> markupLevels = new TreeSet<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == Block.Kind.MARKUP_HEADING && b.markupLevel() > 0) {
                markupLevels.add(b.markupLevel());
            }
        }
        List<Unit> units = new ArrayList<>();
        int lastRoman = 0;
        char lastLetter = '@';
        for (Block b : doc.blocks()) {
            Unit u = classify(doc, b, markupLevels);
            if (u.role() == Unit.Role.SECTION && !u.number().isEmpty()) {
                if (u.level() == 1 && u.number().length() == 1 && !u.number().equals(Roman.format(lastRoman + 1))
                        && u.number().charAt(0) == lastLetter + 1) {
                    // "C. Programme" after "B. Recueil" is the letter C, not the Roman 100
                    u = new Unit(u.block(), u.text(), u.role(), u.number(), u.title(), u.titleStart(), 2);
                }
                if (u.level() == 1) {
                    lastRoman = Math.max(lastRoman, Roman.parse(u.number()));
                    lastLetter = '@';
                } else {
                    lastLetter = u.number().charAt(0);
                }
            }
            units.add(u);
        }
        return units;
    }

    private Unit classify(NormalisedDocument doc, Block b, TreeSet<Integer> markupLevels) {
        String text = doc.textOf(b);
        switch (b.kind()) {
            case FOOTNOTE: {
                Matcher m = patterns.footnoteNumber.matcher(text);
                return unit(b, text, Unit.Role.FOOTNOTE, m.find() ? m.group("num") : "");
            }
            case LIST_ITEM:
                return unit(b, text, Unit.Role.LIST_ITEM, "");
            case MARKUP_HEADING: {
                int level = b.markupLevel() == 0 ? 1 : markupLevels.headSet(b.markupLevel()).size() + 1;
                Unit numbered = numberedSection(b, text);
                return numbered != null ? numbered
                        : new Unit(b, text, Unit.Role.SECTION, "", text, b.start(), level);
            }
            default:
                break;
        }
        Unit numbered = numberedSection(b, text);
        if (numbered != null) {
            return numbered;
        }
        Matcher m;
        if ((m = patterns.language.matcher(text)).matches()) {
            return unit(b, text, Unit.Role.LANGUAGE, "");
        }
        if ((m = patterns.date.matcher(text)).matches()) {
            return unit(b, text, Unit.Role.DATE, "");
        }
        if ((m = patterns.numbered.matcher(text)).find()) {
            return unit(b, text, Unit.Role.BODY, m.group("num"));
        }
        if ((m = patterns.item.matcher(text)).find()) {
            return unit(b, text, Unit.Role.LIST_ITEM, m.group("num"));
        }
        if (patterns.bullet.matcher(text).find()) {
            return unit(b, text, Unit.Role.LIST_ITEM, "");
        }
        if (isUnnumberedHeading(doc, b, text)) {
            return new Unit(b, text, Unit.Role.HEADING, "", text, b.start(), 0);
        }
        return unit(b, text, Unit.Role.BODY, "");
    }

    private Unit numberedSection(Block b, String text) {
        if (text.length() > patterns.sectionMaxLength || patterns.headingNoFinal.matcher(text).find()) {
            return null;
        }
        Matcher m = patterns.roman.matcher(text);
        int level = 1;
        if (!m.matches()) {
            m = patterns.letter.matcher(text);
            level = 2;
            if (!m.matches()) {
                return null;
            }
        }
        return new Unit(b, text, Unit.Role.SECTION, m.group("num"), m.group("title"), b.start() + m.start("title"), level);
    }

    private boolean isUnnumberedHeading(NormalisedDocument doc, Block b, String text) {
        return doc.dialect() == NormalisedDocument.Dialect.PLAIN
                && b.kind() == Block.Kind.TEXT
                && patterns.headingStart.matcher(text).find()
                && !patterns.headingNoFinal.matcher(text).find()
                && b.lineCount() <= patterns.headingMaxLines
                && doc.typicalLineLength() > 0
                && b.maxLineLength() <= patterns.headingShortRatio * doc.typicalLineLength();
    }

    private static Unit unit(Block b, String text, Unit.Role role, String number) {
        return new Unit(b, text, role, number, "", b.start(), 0);
    }
}
