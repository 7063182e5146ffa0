package org.w3id.dkg.loader.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.DocumentMetadata;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
import org.w3id.dkg.loader.reading.NormalisedText;
import org.w3id.dkg.loader.segmenting.Paragraph;
import org.w3id.dkg.loader.segmenting.Section;
import org.w3id.dkg.ontology.DKG;
import org.w3id.dkg.ontology.Iris;
import org.w3id.dkg.ontology.OA;

/**
 * Writes what was learnt from one document as the triples of its named graph: the
 * document with its normalised text, sections and paragraphs, and each fact as a node
 * with its evidence (Web Annotation selectors) plus the direct triple it yields.
 * Offsets are published in code points, as {@code oa:TextPositionSelector} defines them.
 */
public final class DocumentGraphWriter {
    private final DirectProperties direct = new DirectProperties();
    private final FactMapping mapping;

    /** A writer that maps each fact by {@code mapping} (the pipeline's fact families). */
    public DocumentGraphWriter(FactMapping mapping) {
        this.mapping = mapping;
    }

    public Model write(DocumentAnalysis doc, DocumentMetadata metadata, List<? extends Fact> facts) {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.set(model);
        NormalisedText text = doc.text();
        String language = doc.language().tag();
        Resource document = writeDocument(model, metadata, text);
        for (Section s : doc.segments().sections()) {
            model.createResource(Iris.section(text.docId(), s.id()))
                    .addProperty(RDF.type, DKG.Section)
                    .addProperty(DKG.partOf, document)
                    .addProperty(DKG.number, s.number())
                    .addProperty(DCTerms.title, s.title(), language)
                    .addLiteral(DKG.start, codePoints(text, s.start()))
                    .addLiteral(DKG.end, codePoints(text, s.end()));
        }
        for (Paragraph p : doc.segments().paragraphs()) {
            Resource paragraph = model.createResource(Iris.paragraph(text.docId(), p.id()))
                    .addProperty(RDF.type, DKG.Paragraph)
                    .addProperty(DKG.partOf, document)
                    .addLiteral(DKG.start, codePoints(text, p.start()))
                    .addLiteral(DKG.end, codePoints(text, p.end()));
            if (!p.number().isEmpty()) paragraph.addProperty(DKG.number, p.number());
            if (!p.sectionId().isEmpty()) paragraph.addProperty(DKG.section, model.createResource(Iris.section(text.docId(), p.sectionId())));
        }
        Map<String, Fact> byIri = new HashMap<>();
        for (Fact fact : facts) {
            String iri = Iris.fact(FactIds.hash(text.docId(), fact.identity()));
            Fact earlier = byIri.putIfAbsent(iri, fact);
            if (earlier != null) {
                throw new IllegalStateException(sameIri(text, fact.identity(), earlier, fact));
            }
            Resource node = model.createResource(iri)
                    .addProperty(DKG.document, document);
            writeEvidence(model, node, fact.evidence(), text, document, language);
            mapping.write(new FactGraph(model, node, document, direct), fact);
        }
        return model;
    }

    /**
     * Two facts with one identity would become one node holding both facts' qualifiers and selectors, which the
     * shapes then refuse with a dozen lines none of which says why; this says it once, with both quotes.
     */
    private static String sameIri(NormalisedText text, String identity, Fact first, Fact second) {
        return "two facts would share one IRI (identity \"" + identity + "\"), an extractor must tell them apart: "
                + where(text, first.evidence()) + " and " + where(text, second.evidence());
    }

    private static String where(NormalisedText text, Evidence e) {
        return "\u201c" + e.quote().replaceAll("\\s+", " ").strip() + "\u201d at " + codePoints(text, e.start()) + "-"
                + codePoints(text, e.end());
    }

    private Resource writeDocument(Model model, DocumentMetadata m, NormalisedText text) {
        Resource doc = model.createResource(Iris.document(m.docId()))
                .addProperty(RDF.type, DKG.Document)
                .addProperty(SKOS.notation, m.docId())
                .addProperty(DCTerms.identifier, m.docId())
                .addProperty(DKG.normalisedText, text.text());
        if (!m.symbol().isEmpty()) doc.addProperty(DKG.symbol, m.symbol());
        if (!m.title().isEmpty()) doc.addProperty(DCTerms.title, m.title(), m.language().isEmpty() ? "fr" : m.language());
        if (!m.date().isEmpty()) doc.addProperty(DCTerms.date, m.date(), XSDDatatype.XSDdate);
        if (!m.docType().isEmpty()) doc.addProperty(DKG.documentType, model.createResource(Iris.code("document-kind", m.docType())));
        if (!m.language().isEmpty()) doc.addProperty(DCTerms.language, m.language());
        return doc;
    }

    /** The quote is tagged with the document's language, so that the text index analyses it in that language. */
    private void writeEvidence(Model model, Resource fact, Evidence e, NormalisedText text, Resource document, String language) {
        String base = fact.getURI();
        Resource position = model.createResource(base + "#position")
                .addProperty(RDF.type, OA.TextPositionSelector)
                .addLiteral(OA.start, codePoints(text, e.start()))
                .addLiteral(OA.end, codePoints(text, e.end()));
        Resource quote = model.createResource(base + "#quote")
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addProperty(OA.exact, e.quote(), language);
        Resource evidence = model.createResource(base + "#evidence")
                .addProperty(RDF.type, DKG.Evidence)
                .addProperty(OA.hasSource, document)
                .addProperty(OA.hasSelector, position)
                .addProperty(OA.hasSelector, quote)
                .addProperty(DKG.rule, e.rule())
                .addLiteral(DKG.confidence, BigDecimal.valueOf(e.confidence()).setScale(2, RoundingMode.HALF_UP));
        if (!e.paragraphId().isEmpty()) {
            evidence.addProperty(DKG.paragraph, model.createResource(Iris.paragraph(text.docId(), e.paragraphId())));
        }
        fact.addProperty(DKG.evidence, evidence);
    }

    private static long codePoints(NormalisedText text, int utf16) {
        return text.codePointOffset(utf16);
    }

    static void label(Resource r, String fr, String en) {
        if (!fr.isEmpty()) r.addProperty(RDFS.label, fr, "fr");
        if (!en.isEmpty()) r.addProperty(RDFS.label, en, "en");
    }
}
