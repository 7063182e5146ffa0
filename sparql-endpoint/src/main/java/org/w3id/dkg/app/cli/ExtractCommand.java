package org.w3id.dkg.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.dkg.app.extract.FactJsonLines;
import org.w3id.dkg.app.extract.SentenceTemplates;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.ExtractedDocument;
import org.w3id.dkg.loader.rdf.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dkg extract}: what one document would add to the graph, printed, with no store involved. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints what loading FILE would add, without a store: its graph as Turtle (ttl),",
                "as N-Quads in its named graph (nq), one JSON object per fact (jsonl), or each sentence",
        "as the extraction rules see it, with recognised things as tokens (sentences)."})
public final class ExtractCommand implements Callable<Integer> {
    enum Format { TTL, NQ, JSONL, SENTENCES }

    private final Streams streams;

    public ExtractCommand(Streams streams) {
        this.streams = streams;
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "a document file (.txt or .md)")
    Path file;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, nq, jsonl or sentences (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        try {
            DocumentPipeline pipeline = DocumentPipeline.withDefaults();
            if (format == Format.SENTENCES) {
                SentenceTemplates.write(pipeline.analyse(file), streams.out());
            } else {
                write(pipeline.extract(file), streams.out());
            }
        } catch (BadDocumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    private void write(ExtractedDocument doc, PrintStream out) {
        Model model = doc.model();
        switch (format) {
            case TTL -> {
                model.setNsPrefixes(Prefixes.MAPPING.getNsPrefixMap());
                RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            }
            case NQ -> {
                DatasetGraph dsg = DatasetGraphFactory.createGeneral();
                dsg.addGraph(NodeFactory.createURI(doc.graphIri()), model.getGraph());
                RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
            }
            case JSONL -> FactJsonLines.write(model, out);
        }
        out.flush();
    }
}
