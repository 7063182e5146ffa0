package org.w3id.dkg.app.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.ontology.Iris;

/**
 * The dumps VoID names: the whole store and each named graph, as gzipped N-Quads or TriG,
 * streamed from one read transaction (a consistent snapshot; memory does not grow with the
 * store). {@code /dump/dkg.nq.gz}, {@code /dump/dkg.trig.gz}, and for the graph
 * {@code https://w3id.org/dkg/graph/X}, {@code /dump/graph/X.nq.gz} and {@code /dump/graph/X.trig.gz}.
 */
@RestController
public class Dumps {
    static final String PREFIX = "/dump/";
    private final DkgStore store;

    public Dumps(DkgStore store) {
        this.store = store;
    }

    /** The paths of the whole dumps and their media types. */
    static List<String[]> whole() {
        return List.of(new String[] {PREFIX + "dkg.nq.gz", "application/n-quads"}, new String[] {PREFIX + "dkg.trig.gz", "application/trig"});
    }

    /** The paths of a named graph's dumps; none for a graph outside dkg's graph space. */
    static List<String[]> ofGraph(String graphIri) {
        if (!graphIri.startsWith(Iris.GRAPH)) {
            return List.of();
        }
        String path = PREFIX + "graph/" + graphIri.substring(Iris.GRAPH.length());
        return List.of(new String[] {path + ".nq.gz", "application/n-quads"}, new String[] {path + ".trig.gz", "application/trig"});
    }

    @GetMapping({PREFIX + "dkg.nq.gz", PREFIX + "dkg.trig.gz", PREFIX + "graph/**"})
    public void dump(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean trig = path.endsWith(".trig.gz");
        if (!trig && !path.endsWith(".nq.gz")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "A dump ends in .nq.gz or .trig.gz");
            return;
        }
        String name = path.substring(PREFIX.length(), path.length() - (trig ? ".trig.gz" : ".nq.gz").length());
        Node graph = name.startsWith("graph/") ? NodeFactory.createURI(Iris.GRAPH + name.substring("graph/".length())) : null;
        if (graph != null && !store.read(ds -> ds.asDatasetGraph().containsGraph(graph))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No graph <" + graph.getURI() + "> in the store");
            return;
        }
        String file = (graph == null ? "dkg" : name.replace('/', '-')) + (trig ? ".trig.gz" : ".nq.gz");
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        GZIPOutputStream gzip = new GZIPOutputStream(response.getOutputStream(), 1 << 16);
        store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            StreamRDF out = StreamRDFWriter.getWriterStream(gzip, trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS, null);
            out.start();
            dsg.find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
            out.finish();
            return null;
        });
        gzip.finish();
        gzip.flush();
    }
}
