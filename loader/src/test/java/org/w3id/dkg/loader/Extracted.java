package org.w3id.dkg.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3id.dkg.loader.extracting.Fact;

/** Facts of one type, extracted from a corpus file or from a small text written for a test. */
public final class Extracted {
    private static DocumentPipeline pipeline;

    private Extracted() {}

    /** One pipeline for all extractor tests: registries and the name matcher are built once. */
    public static synchronized DocumentPipeline pipeline() {
        if (pipeline == null) pipeline = DocumentPipeline.withDefaults();
        return pipeline;
    }

    public static <T extends Fact> List<T> from(Path file, Class<T> type) throws BadDocumentException {
        return pipeline().facts(file).facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Writes {@code text} as a document in {@code dir} and extracts it. */
    public static <T extends Fact> List<T> fromText(Path dir, String text, Class<T> type) throws Exception {
        Path file = dir.resolve("test-document.txt");
        Files.writeString(file, text);
        return from(file, type);
    }

    /** A reply as reports print it: heading, original language, date, then the body. */
    public static String reply(String heading, String body) {
        return "  " + heading + "\n\n[Original : espagnol]\n\n[31 mai 2022]\n\n" + body + "\n";
    }
}
