package org.w3id.dkg.app.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /void} (also {@code /.well-known/void}): what this server holds and how to get it, for
 * crawlers and catalogues — the VoID description and the SPARQL Service Description of
 * {@link DatasetDescription}. There is no HTML view: a browser gets Turtle, which it shows as text.
 */
@RestController
public class VoidController {
    private final Descriptions descriptions;

    public VoidController(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    @GetMapping({"/void", "/.well-known/void"})
    public ResponseEntity<byte[]> voidDescription(@RequestHeader(value = "Accept", required = false) String accept,
            @RequestParam(value = "format", required = false) String format) {
        RdfFormat chosen = RdfFormat.choose(accept, format);
        if (chosen == null || chosen == RdfFormat.HTML) {
            chosen = RdfFormat.TURTLE;
        }
        return RdfResponses.rdf(copy(descriptions.current()), chosen, descriptions.current());
    }

    /** A copy of the description's graph, which the writer may give prefixes to. */
    static Graph copy(Model model) {
        Graph copy = GraphFactory.createDefaultGraph();
        model.getGraph().find().forEach(copy::add);
        return copy;
    }
}
