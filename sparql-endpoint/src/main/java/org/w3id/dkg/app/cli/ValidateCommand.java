package org.w3id.dkg.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code dkg validate}: checks the store against the SHACL shapes packaged with the
 * ontology ({@code dkg/ontology/shapes.ttl} on the class path), over the union of all
 * graphs. Exit 1 when a shape is violated; without shapes there is nothing to check.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"SHACL report over the store (the union of its graphs), using the shapes of the ontology.",
                "Exit 1 on violations."})
public final class ValidateCommand implements Callable<Integer> {
    /** Where the ontology module packages its shapes. */
    public static final String SHAPES = "dkg/ontology/shapes.ttl";

    private final Streams streams;

    public ValidateCommand(Streams streams) {
        this.streams = streams;
    }

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        Graph shapesGraph = shapesGraph();
        if (shapesGraph == null) {
            streams.out().println("no shapes (" + SHAPES + " is not on the class path): nothing to validate");
            return ExitCodes.OK;
        }
        Shapes shapes = Shapes.parse(shapesGraph);
        try (DkgStore s = store.openForReading()) {
            ValidationReport report = s.read(ds -> ShaclValidator.get().validate(shapes, ds.asDatasetGraph().getUnionGraph()));
            if (report.conforms()) {
                streams.out().println("conforms: " + shapes.numRootShapes() + " shapes, no violations");
                return ExitCodes.OK;
            }
            ShLib.printReport(streams.out(), report);
            streams.out().println(report.getEntries().size() + " violation(s)");
            streams.out().flush();
            return ExitCodes.FAILED;
        }
    }

    private static Graph shapesGraph() {
        try (InputStream in = ValidateCommand.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                return null;
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(SHAPES + ": cannot read", e);
        }
    }
}
