package org.w3id.dkg.loader.family.citation;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.BasicFactFamily;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.rdf.ExternalLinks;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** Citations of UN document symbols (A/RES/76/43, S/RES/1540(2004)), each linked to the UN document system
 * ({@code rdfs:seeAlso} on the fact, {@code dkg:cites} from the document) where its address is known. */
public final class CitationFamily extends BasicFactFamily<CitationFact> {
    private static final FactTable TABLE = new FactTable("CITATIONS", "citations.tsv", List.of("doc", "cited_symbol"), List.of());

    public CitationFamily() {
        super("citations", 90, CitationFact.class, TABLE);
    }

    @Override
    public FactExtractor<CitationFact> extractor(ExtractionContext context) {
        return new CitationExtractor(context.language());
    }

    @Override
    public void write(FactGraph g, CitationFact f) {
        g.node().addProperty(RDF.type, DKG.Citation).addProperty(DKG.citedSymbol, f.symbol());
        ExternalLinks.undocsOfCitation(f.symbol()).ifPresent(address -> {
            Resource cited = g.model().createResource(address);
            g.node().addProperty(RDFS.seeAlso, cited);
            g.document().addProperty(DKG.cites, cited);
        });
    }

    @Override
    public Map<String, String> row(CitationFact f) {
        return FactTable.row("cited_symbol", f.symbol());
    }
}
