package org.w3id.dkg.loader.extracting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.segmenting.Paragraph;
import org.w3id.dkg.loader.segmenting.Sentence;

/**
 * Sentences whose list goes on past their end, joined with what continues them so that one rule reads the whole
 * list: a sentence ending with a colon followed by list items ("les États membres suivants ont ratifié :" then
 * "• le Bénin", "• le Mali" ...), and a sentence followed by one that opens with the language's continuation cue
 * ("... 12 États Membres de l'ONU situés dans la région des Caraïbes. Il s'agit d'Antigua-et-Barbuda, ..."). The
 * joined span is annotated like any sentence, so its quote is the text as written; the sentences it joins are
 * still read on their own.
 */
final class ContinuedSentences {
    /** Most list items read after one colon. */
    private static final int MAX_ITEMS = 60;
    /** A list item is short: a name with its bullet, not a paragraph of its own. */
    private static final int MAX_ITEM_CHARS = 120;

    private ContinuedSentences() {}

    /** The joined spans of {@code doc}, each a sentence from the start of the first to the end of the last it joins. */
    static List<Sentence> of(DocumentAnalysis doc) {
        List<Sentence> sentences = doc.sentences();
        String text = doc.text().text();
        Optional<Pattern> cue = doc.language().lexicon().find("rules.list-continuation").map(Pattern::compile);
        List<Sentence> joined = new ArrayList<>();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence next = sentences.get(i + 1);
            if (text.substring(s.start(), s.end()).strip().endsWith(":")) {
                int last = i;
                while (last + 1 < sentences.size() && last - i < MAX_ITEMS && isItem(doc, text, sentences.get(last + 1))) last++;
                if (last > i) joined.add(new Sentence(s.start(), sentences.get(last).end()));
            } else if (cue.isPresent() && cue.get().matcher(text).region(next.start(), next.end()).lookingAt()) {
                joined.add(new Sentence(s.start(), next.end()));
            }
        }
        return joined;
    }

    private static boolean isItem(DocumentAnalysis doc, String text, Sentence s) {
        boolean listItem = doc.segments().paragraphAt(s.start()).map(p -> p.kind() == Paragraph.Kind.LIST_ITEM).orElse(false);
        String words = text.substring(s.start(), s.end()).strip();
        return words.length() <= MAX_ITEM_CHARS && (listItem || words.matches("^[•·▪*\\-–]\\s.*"));
    }
}
