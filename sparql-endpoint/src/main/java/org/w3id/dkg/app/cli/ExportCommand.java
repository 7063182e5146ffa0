package org.w3id.dkg.app.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dkg.loader.rdf.Prefixes;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dkg export}: the whole store on stdout, as N-Quads or TriG, e.g. for a backup or a data dump. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every graph of the store to stdout as N-Quads (nq) or TriG (trig).")
public final class ExportCommand implements Callable<Integer> {
    enum Format { NQ, TRIG }

    private final Streams streams;

    public ExportCommand(Streams streams) {
        this.streams = streams;
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "nq or trig")
    Format format;

    @Override
    public Integer call() {
        OutputStream out = new BufferedOutputStream(streams.out());
        try (DkgStore s = store.openForReading()) {
            s.read(ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                if (format == Format.NQ) {
                    RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
                } else {
                    // Streamed, graph by graph; dkg's prefixes make it readable.
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
                    stream.start();
                    Prefixes.MAPPING.getNsPrefixMap().forEach(stream::prefix);
                    dsg.find().forEachRemaining(stream::quad);
                    stream.finish();
                }
                return null;
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}
