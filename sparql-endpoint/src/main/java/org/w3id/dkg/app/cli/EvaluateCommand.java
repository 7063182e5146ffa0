package org.w3id.dkg.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.dkg.app.DkgHome;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.evaluating.Evaluation;
import org.w3id.dkg.loader.evaluating.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dkg evaluate}: how well extraction does against a fixture of expected facts. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Extracts the documents a fixture of expected facts covers and prints precision, recall",
                "and F1 per fact type. A fixture is a folder with one sub-folder per docId holding TSV files",
                "in the layout of the gold files (instrument_actions.tsv, funding.tsv, ...)."})
public final class EvaluateCommand implements Callable<Integer> {
    private final Streams streams;

    public EvaluateCommand(Streams streams) {
        this.streams = streams;
    }

    @Parameters(index = "0", paramLabel = "FIXTURE", description = "the fixture folder")
    Path fixture;

    @Option(names = "--documents", paramLabel = "DIR",
            description = "where the documents are (default: FIXTURE/texts if it exists, else corpus/)")
    Path documents;

    @Option(names = "--errors", description = "also list the expected facts not found and the facts found but not expected")
    boolean errors;

    @Option(names = "--min-precision", description = "exit 1 when a fact type's precision is below this", defaultValue = "0")
    double minPrecision;

    @Option(names = "--min-recall", description = "exit 1 when a fact type's recall is below this", defaultValue = "0")
    double minRecall;

    @Override
    public Integer call() {
        if (!Files.isDirectory(fixture)) throw new UserError(fixture + ": no such fixture folder");
        Path docs = documents != null ? documents
                : Files.isDirectory(fixture.resolve("texts")) ? fixture.resolve("texts") : DkgHome.defaultCorpus();
        Evaluation evaluation;
        try {
            evaluation = Evaluation.run(DocumentPipeline.withDefaults(), fixture, docs);
        } catch (BadDocumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        streams.out().print(evaluation.table());
        if (errors) {
            streams.out().println("\nexpected but not found:");
            evaluation.misses().forEach(m -> streams.out().println("  " + m));
            streams.out().println("\nfound but not expected:");
            evaluation.falsePositives().forEach(m -> streams.out().println("  " + m));
            streams.out().println();
            streams.out().println("found with a different attribute:");
            evaluation.disagreements().forEach(m -> streams.out().println("  " + m));
        }
        boolean below = evaluation.scores().values().stream()
                .anyMatch((Score s) -> s.precision() < minPrecision || s.recall() < minRecall);
        return below ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
