package org.w3id.dkg.loader.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a Markdown-like conversion into blocks: one line is one paragraph, except a
 * bold heading spread over several lines and a line starting in lower case (a
 * paragraph cut by a page break). Markup ({@code ##}, {@code **}, {@code - },
 * {@code ---}, inline {@code <sup>n</sup>} marks) leaves the text; a line opening
 * with {@code <sup>n</sup>} is footnote {@code n} and keeps its number.
 */
final class MarkdownAssembler {
    private static final Pattern FOOTNOTE_OPEN_TAG = Pattern.compile("^(<sup>)\\d+</sup>");
    private static final Pattern FOOTNOTE_CLOSE_TAG = Pattern.compile("^\\d+(</sup>)");
    private final LinePatterns patterns;
    private final BlockSink sink;

    MarkdownAssembler(LinePatterns patterns, BlockSink sink) {
        this.patterns = patterns;
        this.sink = sink;
    }

    void run(List<SourceLine> lines) {
        boolean inBold = false;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.text();
            Matcher link = patterns.link.matcher(text);
            if (link.matches()) {
                sink.link(link.group(1), line.start() + link.start(1));
                continue;
            }
            if (patterns.mdRule.matcher(text).matches()) {
                continue;
            }
            String trimmed = line.trimmed();
            if (inBold && sink.open() != null) {
                append(sink.open(), line, line.contentStart());
                inBold = !trimmed.contains("**");
                continue;
            }
            inBold = false;
            Matcher m;
            if ((m = patterns.mdHeading.matcher(text)).matches()) {
                sink.start(new Draft(Block.Kind.MARKUP_HEADING, m.group(1).length()));
                append(sink.open(), line, line.start() + m.start(2));
            } else if (patterns.mdFootnote.matcher(text).find()) {
                Draft fn = new Draft(Block.Kind.FOOTNOTE, 0);
                append(fn, line, line.contentStart());
                sink.footnote(fn);
            } else if ((m = patterns.mdBullet.matcher(text)).matches()) {
                sink.start(new Draft(Block.Kind.LIST_ITEM, 0));
                append(sink.open(), line, line.start() + m.start(1));
            } else if (trimmed.startsWith("**")) {
                sink.start(new Draft(Block.Kind.MARKUP_HEADING, 0));
                append(sink.open(), line, line.contentStart());
                inBold = trimmed.indexOf("**", 2) < 0;
            } else if (sink.open() != null && sink.open().kind == Block.Kind.TEXT
                    && Character.isLowerCase(trimmed.codePointAt(0))) {
                append(sink.open(), line, line.contentStart());
            } else {
                sink.start(new Draft(Block.Kind.TEXT, 0));
                append(sink.open(), line, line.contentStart());
            }
        }
    }

    private void append(Draft draft, SourceLine line, int from) {
        OffsetText text = new OffsetText();
        int to = line.contentEnd();
        for (int i = from; i < to; i++) {
            text.append(line.text().charAt(i - line.start()), i);
        }
        text.trim();
        text.deleteMatches(FOOTNOTE_OPEN_TAG);
        text.deleteMatches(FOOTNOTE_CLOSE_TAG);
        text.deleteMatches(patterns.mdSupMarker);
        text.deleteMatches(patterns.mdBold);
        text.normaliseSpaces();
        draft.appendLine(text, Math.max(0, line.start() - 1), to - from);
    }
}
