package org.w3id.dkg.loader.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.EntityRegistry;

/**
 * Links to Wikidata, EUR-Lex and the UN document system, checked against values written here by
 * hand (looked up on eur-lex.europa.eu, undocs.org and wikidata.org), not computed the way the code
 * computes them.
 */
class ExternalLinksTest {
    private static final EntityRegistry REGISTRY = EntityRegistry.loadDefault();
    private static final Model REFERENCE = new ReferenceGraphWriter().write(REGISTRY);
    private static final String ID = "https://w3id.org/dkg/id/";

    private static Model documentNode(EntityKind kind, String key) {
        Model m = ModelFactory.createDefaultModel();
        Entity e = REGISTRY.find(kind, key).orElseThrow();
        EntityNodes.reference(m, e);
        return m;
    }

    private static Resource r(Model m, String iri) {
        return m.createResource(iri);
    }

    @Test
    void theEuCouncilDecisionsOfTheCorpusLinkToTheirEliAndCelex() {
        Map<String, List<String>> expected = Map.of(
                "EU_DECISION_2019_2108", List.of("http://data.europa.eu/eli/dec/2019/2108/oj",
                        "http://publications.europa.eu/resource/celex/32019D2108"),
                "EU_DECISION_2021_649", List.of("http://data.europa.eu/eli/dec/2021/649/oj",
                        "http://publications.europa.eu/resource/celex/32021D0649"),
                "EU_DECISION_2017_2370", List.of("http://data.europa.eu/eli/dec/2017/2370/oj",
                        "http://publications.europa.eu/resource/celex/32017D2370"),
                "EU_DECISION_2018_1789", List.of("http://data.europa.eu/eli/dec/2018/1789/oj",
                        "http://publications.europa.eu/resource/celex/32018D1789"));
        expected.forEach((key, links) -> {
            Model m = documentNode(EntityKind.INSTRUMENT, key);
            Resource node = r(m, ID + "instrument/" + key);
            for (String link : links) {
                assertThat(m.contains(node, SKOS.exactMatch, r(m, link))).as(key + " " + link).isTrue();
            }
            assertThat(m.listObjectsOfProperty(node, SKOS.exactMatch).toList()).as(key).hasSize(2);
        });
    }

    @Test
    void resolutionsLinkToTheirSymbolAtUndocs() {
        Model ga = documentNode(EntityKind.INSTRUMENT, "UNGA_RES_76_43");
        assertThat(ga.contains(r(ga, ID + "instrument/UNGA_RES_76_43"), RDFS.seeAlso, r(ga, "https://undocs.org/A/RES/76/43"))).isTrue();
        // A Security Council resolution's year comes from the text that named it ("1540 (2004)").
        Entity named = REGISTRY.patterns().stream().flatMap(p -> p.fromKey("UNSCR_1540").stream()).findFirst().orElseThrow();
        Entity withYear = new Entity(named.kind(), named.key(), named.labelFr(), named.labelEn(), named.subKind(), named.parentKey(),
                named.aliases(), Map.of("number", "1540", "year", "2004"));
        assertThat(ExternalLinks.derived(withYear)).extracting(ExternalLinks.Link::target).containsExactly("https://undocs.org/S/RES/1540(2004)");
        assertThat(ExternalLinks.undocs("S/RES/2616 (2021)")).isEqualTo("https://undocs.org/S/RES/2616(2021)");
        assertThat(ExternalLinks.derived(REGISTRY.find(EntityKind.INSTRUMENT, "ATT").orElseThrow())).isEmpty();
    }

    @Test
    void onlyCitationsOfSeriesTheUnDocumentSystemHoldsGetAnAddress() {
        assertThat(ExternalLinks.undocsOfCitation("S/RES/1540(2004)")).contains("https://undocs.org/S/RES/1540(2004)");
        assertThat(ExternalLinks.undocsOfCitation("A/CONF.192/BMS/2021/1")).contains("https://undocs.org/A/CONF.192/BMS/2021/1");
        // a resolution in parts, a press release, other bodies' documents, a depositary notification: no address
        assertThat(ExternalLinks.undocsOfCitation("A/RES/56/24 T")).isEmpty();
        assertThat(ExternalLinks.undocsOfCitation("SC/11889")).isEmpty();
        assertThat(ExternalLinks.undocsOfCitation("AG/RES. 1123 (XXI-O/91)")).isEmpty();
        assertThat(ExternalLinks.undocsOfCitation("Assembly/AU/Dec. 645 (XXIX)")).isEmpty();
        assertThat(ExternalLinks.undocsOfCitation("C.N.266.2013.TREATIES.XXVI-8")).isEmpty();
    }

    @Test
    void organisationsAndInstrumentsCarryTheirWikidataLinks() {
        Map<String, String> expected = Map.of("org/IAEA", "Q41984", "org/OPCW", "Q842490", "org/NATO", "Q7184",
                "org/OAS", "Q123759", "org/UNDP", "Q161718", "org/INTERPOL", "Q8475", "org/EU_COUNCIL", "Q8896",
                "instrument/UN_CHARTER", "Q171328", "instrument/NPT", "Q186444", "instrument/CWC", "Q547896");
        expected.forEach((path, q) -> {
            Resource node = r(REFERENCE, ID + path);
            List<String> wikidata = REFERENCE.listObjectsOfProperty(node, SKOS.exactMatch).toList().stream()
                    .map(o -> o.asResource().getURI()).filter(u -> u.startsWith("http://www.wikidata.org/entity/")).toList();
            assertThat(wikidata).as(path).containsExactly("http://www.wikidata.org/entity/" + q);
        });
    }

    @Test
    void everyCuratedLinkNamesAnEntityOfTheRegistries() {
        ExternalLinks.load(ExternalLinks.RESOURCE).keySet().forEach(kindAndKey -> {
            String[] parts = kindAndKey.split("/", 2);
            EntityKind kind = java.util.Arrays.stream(EntityKind.values()).filter(k -> k.pathSegment().equals(parts[0])).findFirst().orElseThrow();
            assertThat(REGISTRY.find(kind, parts[1])).as(kindAndKey).isPresent();
        });
    }

    @Test
    void aMalformedRowIsRefusedWithItsFileAndLine() {
        assertThatThrownBy(() -> ExternalLinks.load("/dkg/registry/external-links-bad-relation.tsv"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("external-links-bad-relation.tsv:4").hasMessageContaining("owl:equivalentClass");
    }
}
