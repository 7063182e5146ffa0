package org.w3id.dkg.app.extract;

import java.io.PrintStream;
import org.w3id.dkg.loader.extracting.AnnotatedSentence;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.segmenting.Sentence;

/**
 * Prints each sentence of a document as the extraction rules see it — recognised things
 * replaced by tokens such as {@code ⟦S3⟧} — followed by what each token stands for. It is
 * the tool for writing and debugging rules: a rule is a regular expression over these lines.
 */
public final class SentenceTemplates {
    private SentenceTemplates() {}

    public static void write(DocumentAnalysis doc, PrintStream out) {
        for (Sentence s : doc.sentences()) {
            AnnotatedSentence sentence = AnnotatedSentence.of(doc, s);
            String paragraph = doc.segments().paragraphAt(s.start()).map(p -> p.id()).orElse("-");
            out.println(paragraph + "\t" + sentence.template());
            for (int i = 0; i < sentence.tokens().size(); i++) {
                Token t = sentence.tokens().get(i);
                out.println("\t\t" + t.kind().letter() + i + " = " + describe(t) + "\t\u201c" + doc.text().slice(t.start(), t.end()) + "\u201d");
            }
        }
        out.flush();
    }

    private static String describe(Token t) {
        if (t.entity() != null) return t.entity().key();
        if (t.date() != null) return t.date().begin() + (t.date().isRange() ? ".." + t.date().last() : "") + " (" + t.date().qualifier() + ")";
        if (t.amount() != null) return t.amount().value().toPlainString() + " " + t.amount().currency();
        return "?";
    }
}
