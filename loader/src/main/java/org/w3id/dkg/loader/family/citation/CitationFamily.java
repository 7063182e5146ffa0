package org.w3id.dkg.loader.family.citation;

import java.util.List;
import java.util.Map;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dkg.loader.extracting.FactExtractor;
import org.w3id.dkg.loader.family.ExtractionContext;
import org.w3id.dkg.loader.family.FactFamily;
import org.w3id.dkg.loader.family.FactTable;
import org.w3id.dkg.loader.rdf.FactGraph;
import org.w3id.dkg.ontology.DKG;

/** Citations of UN document symbols (A/RES/76/43, S/RES/1540(2004)), each linked to the UN document system. */
public final class CitationFamily implements FactFamily<CitationFact> {
    private static final FactTable TABLE = new FactTable("CITATIONS", "citations.tsv", List.of("doc", "cited_symbol"), List.of());

    @Override
    public String id() {
        return "citations";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Class<CitationFact> factClass() {
        return CitationFact.class;
    }

    @Override
    public FactExtractor<CitationFact> extractor(ExtractionContext context) {
        return new CitationExtractor(context.language());
    }

    @Override
    public FactTable table() {
        return TABLE;
    }

    @Override
    public void write(FactGraph g, CitationFact f) {
        g.node().addProperty(RDF.type, DKG.Citation).addProperty(DKG.citedSymbol, f.symbol());
        g.document().addProperty(DKG.cites, g.model().createResource("https://undocs.org/" + f.symbol()));
    }

    @Override
    public Map<String, String> row(CitationFact f) {
        return FactTable.row("cited_symbol", f.symbol());
    }
}
