package org.w3id.dkg.loader.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class ShapeCheckTest {
    private static final String PREFIXES = """
            @prefix dkg: <https://w3id.org/dkg/ontology#> .
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix doc: <https://w3id.org/dkg/id/document/> .
            @prefix state: <https://w3id.org/dkg/id/state/> .
            @prefix fact: <https://w3id.org/dkg/id/fact/> .
            doc:d a dkg:Document ; skos:notation "d" ;
                dkg:normalisedText "L’Espagne est membre de l’OSCE." .
            state:ESP a dkg:State ; skos:notation "ESP" .
            """;
    private final ShapeCheck check = new ShapeCheck();

    @Test
    void acceptsAFactWhoseQuoteStandsAtItsOffsets() {
        assertThat(check.violations(parse(mention(0, 9, "L’Espagne")))).isEmpty();
    }

    @Test
    void rejectsAQuoteThatIsNotAtItsOffsetsAndShowsIt() {
        assertThat(check.violations(parse(mention(2, 9, "L’Espagne"))))
                .singleElement().asString()
                .contains("is not found at offsets")
                .contains("quote: \u201cL’Espagne\u201d");
    }

    @Test
    void rejectsATextOrAQuoteHoldingACharacterXmlCannotCarry() {
        String withNul = mention(0, 9, "L’Espagne").replace("est membre", "est\\u0000membre");
        assertThat(check.violations(parse(withNul)))
                .singleElement().asString().contains("normalised text holds a character XML 1.0 cannot carry");
        String quoteWithFormFeed = PREFIXES.replace("L’Espagne est", "L’Espa\\u000Cgne est") + mention(0, 9, "L’Espa\\u000Cgne")
                .substring(PREFIXES.length());
        assertThat(check.violations(parse(quoteWithFormFeed)))
                .anySatisfy(v -> assertThat(v).contains("quote holds a character XML 1.0 cannot carry"));
    }

    @Test
    void rejectsAFactWithoutEvidence() {
        Model m = parse(PREFIXES + """
                fact:f a dkg:Mention ; dkg:document doc:d ; dkg:entity state:ESP ; dkg:occurrences "1"^^xsd:long .
                """);
        assertThat(check.violations(m)).anySatisfy(v -> assertThat(v).contains("A fact must have evidence"));
    }

    private static String mention(int start, int end, String quote) {
        return PREFIXES + """
                fact:f a dkg:Mention ; dkg:document doc:d ; dkg:entity state:ESP ;
                    dkg:occurrences "1"^^xsd:long ; dkg:evidence <https://w3id.org/dkg/id/fact/f#evidence> .
                <https://w3id.org/dkg/id/fact/f#evidence> a dkg:Evidence ; oa:hasSource doc:d ;
                    dkg:rule "test" ; dkg:confidence 0.9 ;
                    oa:hasSelector <https://w3id.org/dkg/id/fact/f#position> , <https://w3id.org/dkg/id/fact/f#quote> .
                <https://w3id.org/dkg/id/fact/f#position> a oa:TextPositionSelector ; oa:start %d ; oa:end %d .
                <https://w3id.org/dkg/id/fact/f#quote> a oa:TextQuoteSelector ; oa:exact "%s" .
                """.formatted(start, end, quote);
    }

    private static Model parse(String turtle) {
        return ModelFactory.createDefaultModel().read(new StringReader(turtle), null, "TTL");
    }
}
