package org.w3id.dkg.loader.segmenting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the replies of respondents: a heading directly followed (footnotes aside) by
 * a bracketed language line and/or a bracketed date line. Who the respondent is, is
 * left to recognition; only the heading text is kept. A reply ends at the next reply,
 * at the next numbered section of the same or a higher level, or at the end of text.
 */
final class ReplyFinder {
    private final SegmentPatterns patterns;

    ReplyFinder(SegmentPatterns patterns) {
        this.patterns = patterns;
    }

    /** A reply found at unit {@code headingIndex}, before its end is known. */
    record Found(int headingIndex, int lastHeaderIndex, String heading, int headingStart, int headingEnd,
                 String language, String date) {}

    List<Found> find(List<Unit> units) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit h = units.get(i);
            if (!h.isHeading()) {
                continue;
            }
            String language = "";
            String date = "";
            int last = -1;
            int seen = 0;
            for (int j = i + 1; j < units.size() && seen < 2; j++) {
                Unit u = units.get(j);
                if (u.role() == Unit.Role.FOOTNOTE) {
                    continue;
                }
                seen++;
                if (u.role() == Unit.Role.LANGUAGE && language.isEmpty()) {
                    Matcher m = patterns.language.matcher(u.text());
                    language = m.matches() ? m.group("lang") : "";
                    last = j;
                } else if (u.role() == Unit.Role.DATE && date.isEmpty()) {
                    Matcher m = patterns.date.matcher(u.text());
                    date = m.matches() ? m.group("date") : "";
                    last = j;
                } else {
                    break;
                }
            }
            if (last < 0) {
                continue;
            }
            int headingStart = h.start();
            if (h.role() == Unit.Role.SECTION) {
                headingStart = h.titleStart();
                Matcher prefix = patterns.headingPrefix.matcher(h.title());
                if (prefix.find()) {
                    headingStart += prefix.end();
                }
            }
            String heading = h.text().substring(headingStart - h.start());
            found.add(new Found(i, last, heading, headingStart, h.end(), language, date));
            i = last;
        }
        return found;
    }
}
