package org.w3id.dkg.app.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.ontology.OA;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FactJsonLinesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyFactIsOneJsonLineWhoseQuoteReadsBackAsTheTextOfTheReport() throws Exception {
        // Report 000 holds quotes across line breaks and with typographic quotes and apostrophes.
        Model model = DocumentPipeline.withDefaults().extract(Path.of("..", "corpus", "000_d03a33050df2f971.txt")).model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int facts = FactJsonLines.write(model, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // the facts, then the entities the text introduced (none of those has a "fact" member)
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{\"fact\"")).toList();
        assertThat(lines).hasSize(facts).hasSizeGreaterThan(200);

        Set<String> quotesInGraph = new HashSet<>();
        model.listObjectsOfProperty(OA.exact).forEachRemaining(o -> quotesInGraph.add(o.asLiteral().getString()));
        Set<String> quotesInJson = new HashSet<>();
        for (String line : lines) {
            JsonNode fact = JSON.readTree(line);
            assertThat(fact.get("fact").asString()).startsWith("https://w3id.org/dkg/id/fact/");
            assertThat(fact.get("end").asLong()).isGreaterThan(fact.get("start").asLong());
            quotesInJson.add(fact.get("quote").asString());
        }
        assertThat(quotesInGraph).containsAll(quotesInJson);
        assertThat(quotesInJson).anySatisfy(q -> assertThat(q).contains("\n")).anySatisfy(q -> assertThat(q).contains("’"));
    }

    @Test
    void aFactLineShowsItsPropertiesByKeyAndItsConfidenceAsWritten() throws Exception {
        Model model = DocumentPipeline.withDefaults().extract(Path.of("..", "corpus", "000_d03a33050df2f971.txt")).model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FactJsonLines.write(model, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // Spain's inspection in Cyprus (checked against the report's text), one line, members in this order.
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .anySatisfy(line -> assertThat(line)
                        .contains("\"type\":\"dkg:CBMActivity\"")
                        .containsPattern("\"properties\":\\{[^}]*\"dkg:actor\":\"ESP\"")
                        .contains("\"dkg:counterpart\":\"CYP\"")
                        .contains("\"quote\":\"En octobre 2021, l’Espagne a mené une inspection à Chypre dans le cadre du")
                        .containsPattern("\"paragraph\":\"p\\d+\",\"rule\":\"cbm\\.inspection\\.active\",\"confidence\":0\\.90}$"));
    }

    @Test
    void anEntityTheTextDefinesIsALineOfItsOwnMarkedAsFoundInText(@TempDir Path dir) throws Exception {
        // a sentence of a real UNREC news item (shared real texts, r15): the national commission is in no registry
        Path file = dir.resolve("togo.txt");
        Files.writeString(file, "La cérémonie a été présidée par le ministre de la Sécurité, en présence du président de la "
                + "Commission nationale togolaise des armes légères (CNLPAL), le Colonel Toyi Assiah.\n");
        Model model = DocumentPipeline.withDefaults().extract(file).model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FactJsonLines.write(model, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        JsonNode entity = null;
        for (String line : bytes.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode json = JSON.readTree(line);
            if (json.has("entity")) entity = json;
        }
        assertThat(entity).isNotNull();
        assertThat(entity.get("key").asString()).isEqualTo("CNLPAL");
        assertThat(entity.get("type").asString()).isEqualTo("dkg:Organisation");
        assertThat(entity.get("label").asString()).isEqualTo("Commission nationale togolaise des armes légères");
        assertThat(entity.get("language").asString()).isEqualTo("fr");
        assertThat(entity.get("foundInText").asBoolean()).isTrue();
        assertThat(entity.get("quote").asString()).isEqualTo("Commission nationale togolaise des armes légères (CNLPAL)");
    }
}
