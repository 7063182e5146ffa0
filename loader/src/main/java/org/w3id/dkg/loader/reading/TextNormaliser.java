package org.w3id.dkg.loader.reading;

import java.util.List;
import java.util.Optional;

/**
 * Removes the artefacts of PDF extraction from a report without losing the way back
 * to the source: page furniture (symbol, job number, page number), link lines,
 * footnote rules, Markdown markup, line ends inside paragraphs, hyphenation at line
 * ends and words split by a stray space. Every fact quotes the result, so it must read
 * like the printed report, and every char of it still knows where it came from.
 *
 * <p>Paragraph boundaries are decided here, because only here are the source lines
 * still visible; the {@link Block}s of {@link #read(SourceDocument)} carry them to the
 * segmenter. Curly apostrophes and quotes are kept as printed.
 */
public final class TextNormaliser {
    private final LinePatterns patterns = LinePatterns.get();

    /** The normalised text of a document. */
    public NormalisedText normalise(SourceDocument doc) {
        return read(doc).text();
    }

    /** The normalised text with its blocks, furniture and layout facts. */
    public NormalisedDocument read(SourceDocument doc) {
        List<SourceLine> lines = SourceLine.split(doc.raw());
        LayoutProfile layout = LayoutProfile.of(lines, patterns);
        BlockSink sink = new BlockSink(new InlineRepairs(new SelfDictionary(doc.raw())));
        List<NormalisedDocument.Furniture> furniture = List.of();
        if (layout.dialect() == NormalisedDocument.Dialect.MARKDOWN) {
            new MarkdownAssembler(patterns, sink).run(lines);
        } else {
            PlainAssembler plain = new PlainAssembler(patterns, layout, sink);
            plain.run(lines);
            furniture = List.copyOf(plain.furniture());
        }
        NormalisedText text = sink.finish(doc.docId(), doc.raw().length());
        return new NormalisedDocument(text, sink.blocks(), furniture, layout.dialect(), layout.typicalLineLength());
    }

    /**
     * The UN document symbol printed alone on a line as page furniture (e.g.
     * {@code A/67/131}), which the metadata extractor needs; empty if none is printed.
     */
    public static Optional<String> documentSymbol(SourceDocument doc) {
        return new TextNormaliser().read(doc).symbol();
    }
}
