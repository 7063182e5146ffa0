package org.w3id.dkg.loader.segmenting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.reading.NormalisedDocument;
import org.w3id.dkg.loader.reading.SourceDocument;
import org.w3id.dkg.loader.reading.TextNormaliser;

/**
 * Cuts a normalised report into sections, replies of respondents and paragraphs,
 * the parts every extracted fact points to as its evidence.
 *
 * <p>Sections: numbered headings ({@code II.} level 1, {@code A.} level 2), Markdown
 * or bold headings (levels by the number of {@code #}), and unnumbered short headings,
 * placed one level under the numbered section holding them (and closed with the reply
 * that holds them). Ids are paths by position: {@code s1}, {@code s2}, {@code s2.1}.
 *
 * <p>Paragraphs: one per block. Body, list and heading paragraphs are {@code p1},
 * {@code p2}... and their ordinal counts them; footnotes are {@code fn} and their
 * printed number ({@code fn3}, a repeated number gets {@code -2}), and their ordinal
 * counts footnotes.
 */
public final class Segmenter {
    private final SegmentPatterns patterns;
    private final TextNormaliser normaliser = new TextNormaliser();

    /** A segmenter by the structure markers of {@code language}. */
    public Segmenter(LanguagePack language) {
        this.patterns = new SegmentPatterns(language);
    }

    /** Normalises then segments a source document. */
    public SegmentedDocument segment(SourceDocument source) {
        return segment(normaliser.read(source));
    }

    /** Segments a normalised document. */
    public SegmentedDocument segment(NormalisedDocument doc) {
        List<Unit> units = new UnitClassifier(patterns).classify(doc);
        int textEnd = doc.text().text().length();
        List<ReplyFinder.Found> found = new ReplyFinder(patterns).find(units);
        Set<Integer> replyHeadings = new HashSet<>();
        for (ReplyFinder.Found f : found) {
            replyHeadings.add(f.headingIndex());
        }

        // sections, with the numbered level holding each unit
        List<Open> opened = new ArrayList<>();
        int[] numberedLevelAt = new int[units.size()];
        Deque<Open> stack = new ArrayDeque<>();
        Map<String, Integer> children = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            boolean isSection = u.role() == Unit.Role.SECTION
                    || (u.role() == Unit.Role.HEADING && !replyHeadings.contains(i));
            if (isSection) {
                int level = u.role() == Unit.Role.SECTION ? u.level() : numberedLevel(stack) + 1;
                while (!stack.isEmpty() && stack.peek().level >= level) {
                    stack.pop();
                }
                String parent = stack.isEmpty() ? "" : stack.peek().id;
                int n = children.merge(parent, 1, Integer::sum);
                String id = parent.isEmpty() ? "s" + n : parent + "." + n;
                Open o = new Open(id, i, level, u.role() == Unit.Role.SECTION);
                stack.push(o);
                opened.add(o);
            }
            numberedLevelAt[i] = numberedLevel(stack);
        }

        List<ReplyBlock> replies = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            ReplyFinder.Found f = found.get(k);
            Unit h = units.get(f.headingIndex());
            int context = h.role() == Unit.Role.SECTION ? h.level() : numberedLevelBefore(numberedLevelAt, f.headingIndex());
            int endIndex = units.size();
            for (int j = f.headingIndex() + 1; j < units.size(); j++) {
                Unit u = units.get(j);
                boolean nextReply = k + 1 < found.size() && found.get(k + 1).headingIndex() == j;
                if (nextReply || (u.role() == Unit.Role.SECTION && u.level() <= context)) {
                    endIndex = j;
                    break;
                }
            }
            replies.add(new ReplyBlock(f.heading(), f.headingStart(), f.headingEnd(), f.language(), f.date(),
                    units.get(f.lastHeaderIndex()).end(), h.start(), endBefore(units, endIndex, textEnd)));
        }

        List<Section> sections = new ArrayList<>();
        for (int k = 0; k < opened.size(); k++) {
            Open o = opened.get(k);
            int endIndex = units.size();
            for (int j = k + 1; j < opened.size(); j++) {
                if (opened.get(j).level <= o.level) {
                    endIndex = opened.get(j).unitIndex;
                    break;
                }
            }
            Unit u = units.get(o.unitIndex);
            int start = u.start();
            int end = endBefore(units, endIndex, textEnd);
            if (!o.numbered) {
                for (ReplyBlock r : replies) {
                    if (r.start() < start && start < r.end()) {
                        end = Math.min(end, r.end());
                    }
                }
            }
            sections.add(new Section(o.id, u.number(), u.title(), o.level, start, end));
        }

        return new SegmentedDocument(doc.text(), List.copyOf(sections), List.copyOf(replies),
                paragraphs(units, sections));
    }

    private static List<Paragraph> paragraphs(List<Unit> units, List<Section> sections) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Map<String, Integer> footnoteIds = new HashMap<>();
        int body = 0;
        int notes = 0;
        for (Unit u : units) {
            String sectionId = innermost(sections, u.start());
            if (u.role() == Unit.Role.FOOTNOTE) {
                notes++;
                String base = "fn" + (u.number().isEmpty() ? notes : u.number());
                int seen = footnoteIds.merge(base, 1, Integer::sum);
                String id = seen == 1 ? base : base + "-" + seen;
                paragraphs.add(new Paragraph(id, notes, u.number(), Paragraph.Kind.FOOTNOTE, sectionId, u.start(), u.end()));
                continue;
            }
            body++;
            Paragraph.Kind kind = switch (u.role()) {
                case SECTION, HEADING -> Paragraph.Kind.HEADING;
                case LIST_ITEM -> Paragraph.Kind.LIST_ITEM;
                default -> Paragraph.Kind.BODY;
            };
            String number = kind == Paragraph.Kind.HEADING ? "" : u.number();
            paragraphs.add(new Paragraph("p" + body, body, number, kind, sectionId, u.start(), u.end()));
        }
        return List.copyOf(paragraphs);
    }

    /** The innermost section holding an offset: of those holding it, the one starting last. */
    private static String innermost(List<Section> sections, int offset) {
        String id = "";
        for (Section s : sections) {
            if (s.start() > offset) {
                break;
            }
            if (s.contains(offset)) {
                id = s.id();
            }
        }
        return id;
    }

    private static int numberedLevel(Deque<Open> stack) {
        for (Open o : stack) {
            if (o.numbered) {
                return o.level;
            }
        }
        return 0;
    }

    private static int numberedLevelBefore(int[] levels, int index) {
        return index == 0 ? 0 : levels[index - 1];
    }

    /** The end of the last unit before {@code index}: spans do not include the separating blank line. */
    private static int endBefore(List<Unit> units, int index, int textEnd) {
        if (index >= units.size()) {
            return textEnd;
        }
        return index == 0 ? 0 : units.get(index - 1).end();
    }

    private static final class Open {
        final String id;
        final int unitIndex;
        final int level;
        final boolean numbered;

        Open(String id, int unitIndex, int level, boolean numbered) {
            this.id = id;
            this.unitIndex = unitIndex;
            this.level = level;
            this.numbered = numbered;
        }
    }
}
