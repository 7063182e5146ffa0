package org.w3id.dkg.loader.segmenting;

import org.w3id.dkg.loader.reading.Block;

/**
 * A block with the role the segmenter gave it.
 *
 * @param block      the block of the normalised text
 * @param text       its text
 * @param role       what it is
 * @param number     the printed number ({@code II}, {@code 12.}, {@code a)}, footnote {@code 3}) or empty
 * @param title      for a section or heading: the title without its number
 * @param titleStart UTF-16 start of the title in the normalised text
 * @param level      for a numbered or marked-up section: its level (1 = top); 0 otherwise
 */
record Unit(Block block, String text, Role role, String number, String title, int titleStart, int level) {

    enum Role {
        /** a numbered ({@code II.}, {@code A.}) or marked-up heading: always a section */
        SECTION,
        /** an unnumbered short heading: a section, or the heading of a reply */
        HEADING,
        BODY,
        LIST_ITEM,
        FOOTNOTE,
        /** {@code [Original : espagnol]} */
        LANGUAGE,
        /** {@code [31 mai 2022]} */
        DATE
    }

    int start() {
        return block.start();
    }

    int end() {
        return block.end();
    }

    boolean isHeading() {
        return role == Role.SECTION || role == Role.HEADING;
    }
}
