package org.w3id.dkg.loader.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes finished blocks into the normalised text, separated by {@code "\n\n"}. Holds
 * the body block still open across a page break and the footnotes met meanwhile, so
 * that the body paragraph stays whole and its footnotes follow it.
 */
final class BlockSink {
    private final OffsetText out = new OffsetText();
    private final List<Block> blocks = new ArrayList<>();
    private final List<NormalisedText.Link> links = new ArrayList<>();
    private final List<Draft> pendingFootnotes = new ArrayList<>();
    private final List<Draft.PendingLink> looseLinks = new ArrayList<>();
    private final InlineRepairs repairs;
    private Draft open;

    BlockSink(InlineRepairs repairs) {
        this.repairs = repairs;
    }

    Draft open() {
        return open;
    }

    /** Closes the open block (and the footnotes waiting for it), then opens {@code draft}. */
    void start(Draft draft) {
        close();
        open = draft;
    }

    void close() {
        if (open != null) {
            emit(open);
            open = null;
        }
        for (Draft fn : pendingFootnotes) {
            emit(fn);
        }
        pendingFootnotes.clear();
    }

    /** A finished footnote: written now, or after the open body block if there is one. */
    void footnote(Draft footnote) {
        if (open == null) {
            emit(footnote);
        } else {
            pendingFootnotes.add(footnote);
        }
    }

    void link(String url, int sourceOffset) {
        if (open != null) {
            open.addLink(url, sourceOffset);
        } else {
            looseLinks.add(new Draft.PendingLink(url, sourceOffset, -1));
        }
    }

    private void emit(Draft d) {
        repairs.apply(d.text);
        if (d.text.isEmpty()) {
            looseLinks.addAll(d.links);
            return;
        }
        if (!out.isEmpty()) {
            out.append('\n', d.text.offsetAt(0));
            out.append('\n', d.text.offsetAt(0));
        }
        int start = out.length();
        for (Draft.PendingLink l : looseLinks) {
            links.add(new NormalisedText.Link(l.url(), l.sourceOffset(), start));
        }
        looseLinks.clear();
        out.append(d.text);
        for (Draft.PendingLink l : d.links) {
            links.add(new NormalisedText.Link(l.url(), l.sourceOffset(), start + d.positionOf(l)));
        }
        blocks.add(new Block(d.kind, start, out.length(), d.lineCount, d.maxLineLength, d.markupLevel));
    }

    NormalisedText finish(String docId, int sourceLength) {
        close();
        for (Draft.PendingLink l : looseLinks) {
            links.add(new NormalisedText.Link(l.url(), l.sourceOffset(), out.length()));
        }
        looseLinks.clear();
        int[] offsets = new int[out.length() + 1];
        System.arraycopy(out.offsets(), 0, offsets, 0, out.length());
        offsets[out.length()] = sourceLength;
        links.sort((a, b) -> Integer.compare(a.sourceOffset(), b.sourceOffset()));
        return new NormalisedText(docId, out.toString(), offsets, List.copyOf(links));
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
