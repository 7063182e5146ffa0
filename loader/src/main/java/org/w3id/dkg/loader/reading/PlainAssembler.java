package org.w3id.dkg.loader.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Cuts a plain PDF conversion into blocks. It removes page furniture, link lines and
 * footnote rules, keeps footnotes apart, and decides at each line whether a new
 * paragraph starts. The evidence for a start, in order: a printed number, letter or
 * bullet; a bracketed line; a lower-case start says "no"; a meaningful blank line; an
 * indented line (less the extra space the conversion puts at the top of a page)
 * after a sentence end or a short line; a short line (the last of a paragraph or
 * a heading) before it.
 */
final class PlainAssembler {
    private final LinePatterns patterns;
    private final LayoutProfile layout;
    private final BlockSink sink;
    private final List<NormalisedDocument.Furniture> furniture = new ArrayList<>();

    PlainAssembler(LinePatterns patterns, LayoutProfile layout, BlockSink sink) {
        this.patterns = patterns;
        this.layout = layout;
        this.sink = sink;
    }

    List<NormalisedDocument.Furniture> furniture() {
        return furniture;
    }

    void run(List<SourceLine> lines) {
        boolean inFootnotes = false;
        Draft footnote = null;
        boolean sawBlank = false;
        boolean afterFurniture = false;
        SourceLine previous = null;
        for (SourceLine line : lines) {
            SourceLine before = previous;
            previous = line;
            if (line.isEmpty() && layout.doubleSpaced()) {
                continue;
            }
            if (line.isBlank()) {
                if (inFootnotes) {
                    footnote = flush(footnote);
                    inFootnotes = false;
                }
                sawBlank = true;
                continue;
            }
            Matcher link = patterns.link.matcher(line.text());
            if (link.matches()) {
                footnote = flush(footnote);
                inFootnotes = false;
                sink.link(link.group(1), line.start() + link.start(1));
                afterFurniture = true;
                continue;
            }
            if (patterns.rule.matcher(line.text()).matches()) {
                footnote = flush(footnote);
                inFootnotes = true;
                continue;
            }
            NormalisedDocument.Furniture f = furniture(line);
            if (f != null) {
                footnote = flush(footnote);
                inFootnotes = false;
                furniture.add(f);
                afterFurniture = true;
                continue;
            }
            boolean pageStart = afterFurniture
                    || (layout.doubleSpaced() && before != null && !before.isBlank()
                        && !patterns.link.matcher(before.text()).matches());
            afterFurniture = false;
            String text = line.trimmed();
            if (inFootnotes && pageStart) {
                footnote = flush(footnote);
                inFootnotes = false;
            }
            if (inFootnotes) {
                if (footnote == null || patterns.footnoteStart.matcher(text).find()) {
                    footnote = flush(footnote);
                    footnote = new Draft(Block.Kind.FOOTNOTE, 0);
                }
                append(footnote, line);
                continue;
            }
            Draft open = sink.open();
            if (open == null || startsBlock(line, text, open.lastLine, sawBlank, pageStart)) {
                sink.start(new Draft(Block.Kind.TEXT, 0));
            }
            append(sink.open(), line);
            sawBlank = false;
        }
        flush(footnote);
    }

    private boolean startsBlock(SourceLine line, String text, String last, boolean sawBlank, boolean pageStart) {
        boolean lastEndsSentence = patterns.endsSentence(last);
        if (patterns.numbered.matcher(text).find() || patterns.bullet.matcher(text).find()
                || patterns.heading.matcher(text).find()
                || patterns.bracketed.matcher(text).matches() || patterns.bracketed.matcher(last).matches()) {
            return true;
        }
        Matcher item = patterns.item.matcher(text);
        if (item.find() && (lastEndsSentence || Character.isUpperCase(text.codePointAt(item.end() - 1)))) {
            return true; // "a) Le ..." opens an item; "iv) le rôle" inside a sentence does not
        }
        if (Character.isLowerCase(text.codePointAt(0))) {
            return false;
        }
        if (sawBlank) {
            return true;
        }
        int indent = line.indent() - (pageStart ? 1 : 0);
        boolean lastIsShort = layout.typicalLineLength() > 0
                && last.length() < patterns.shortLineRatio * layout.typicalLineLength();
        if (indent >= 2 || (indent >= 1 && (lastEndsSentence || lastIsShort))) {
            return true;
        }
        return lastIsShort; // a full line is never short: a short one ended its paragraph
    }

    private static void append(Draft draft, SourceLine line) {
        OffsetText text = new OffsetText();
        String raw = line.text();
        int from = line.contentStart() - line.start();
        int to = line.contentEnd() - line.start();
        for (int i = from; i < to; i++) {
            text.append(raw.charAt(i), line.start() + i);
        }
        draft.appendLine(text, Math.max(0, line.start() - 1), to - from);
    }

    private Draft flush(Draft footnote) {
        if (footnote != null) {
            sink.footnote(footnote);
        }
        return null;
    }

    private NormalisedDocument.Furniture furniture(SourceLine line) {
        String t = line.text();
        Matcher m;
        if ((m = patterns.symbolNote.matcher(t)).matches()) {
            return new NormalisedDocument.Furniture(NormalisedDocument.Furniture.Type.SYMBOL_NOTE,
                    line.trimmed(), line.contentStart());
        }
        if ((m = patterns.job.matcher(t)).matches()) {
            return new NormalisedDocument.Furniture(NormalisedDocument.Furniture.Type.JOB_NUMBER,
                    line.trimmed(), line.contentStart());
        }
        if ((m = patterns.page.matcher(t)).matches()) {
            return new NormalisedDocument.Furniture(NormalisedDocument.Furniture.Type.PAGE_NUMBER,
                    line.trimmed(), line.contentStart());
        }
        if ((m = patterns.symbol.matcher(t)).matches()) {
            return new NormalisedDocument.Furniture(NormalisedDocument.Furniture.Type.SYMBOL,
                    m.group(1), line.start() + m.start(1));
        }
        return null;
    }
}
