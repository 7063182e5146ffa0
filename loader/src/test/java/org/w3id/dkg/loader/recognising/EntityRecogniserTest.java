package org.w3id.dkg.loader.recognising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.EntityRegistry;
import org.w3id.dkg.loader.linking.UntermName;

class EntityRecogniserTest {

    private static final EntityRegistry REGISTRY = EntityRegistry.loadDefault();
    private static final EntityRecogniser RECOGNISER = new EntityRecogniser(REGISTRY);

    private static List<String> keys(String text) {
        return RECOGNISER.recognise(text).stream().map(m -> m.entity().key()).toList();
    }

    /** The article forms a French name takes, as its UNTERM article says. */
    private static List<String> articleForms(String name, String article) {
        return switch (article) {
            case "elided" -> List.of("l’" + name, "l'" + name, "de l’" + name, "à l’" + name, "d’" + name,
                    "L’" + name);
            case "masculine" -> List.of("le " + name, "du " + name, "au " + name, "Le " + name, "Au " + name);
            case "feminine" -> List.of("la " + name, "de la " + name, "à la " + name, "La " + name);
            case "plural" -> List.of("les " + name, "des " + name, "aux " + name, "Les " + name);
            default -> List.of(name);
        };
    }

    @Test
    void everyStateIsRecognisedWithItsArticleInsideTheSpan() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Entity state : REGISTRY.all(EntityKind.STATE)) {
            String article = state.properties().getOrDefault("article", "none");
            for (String form : articleForms(state.labelFr(), article)) {
                String sentence = "Selon le rapport, " + form + " a présenté ses vues.";
                int start = sentence.indexOf(form);
                List<EntityMention> ms = RECOGNISER.recognise(sentence);
                boolean ok = ms.stream().anyMatch(m -> m.entity().key().equals(state.key())
                        && m.start() == start && m.end() == start + form.length() && m.surface().equals(form));
                checked++;
                if (!ok) {
                    failures.add(state.key() + ": «" + form + "» -> " + ms.stream()
                            .map(m -> m.entity().key() + "[" + m.surface() + "]").toList());
                }
            }
        }
        assertThat(checked).isGreaterThan(195 * 2);
        assertThat(failures).as("article forms not recognised").isEmpty();
    }

    @Test
    void articlesAndContractionsBelongToTheMention() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("Il a rappelé que l’Espagne avait ratifié.", "l’Espagne"),
                Map.entry("Il a rappelé que l'Espagne avait ratifié.", "l'Espagne"),
                Map.entry("La réunion s'est tenue au Mexique en mai.", "au Mexique"),
                Map.entry("Le représentant du Mexique a parlé.", "du Mexique"),
                Map.entry("Une mission aux Bahamas a eu lieu.", "aux Bahamas"),
                Map.entry("Le gouvernement des Bahamas a répondu.", "des Bahamas"),
                Map.entry("Les Bahamas ont répondu.", "Les Bahamas"),
                Map.entry("La contribution de la Fédération de Russie.", "de la Fédération de Russie"),
                Map.entry("Il a été remis à la Fédération de Russie.", "à la Fédération de Russie"),
                Map.entry("Le Roi d’Espagne est venu.", "d’Espagne"),
                Map.entry("Le Burkina Faso a souscrit.", "Le Burkina Faso"));
        cases.forEach((sentence, surface) -> {
            List<EntityMention> ms = RECOGNISER.recognise(sentence);
            assertThat(ms).as(sentence).extracting(EntityMention::surface).contains(surface);
            ms.forEach(m -> assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.surface()));
        });
    }

    @Test
    void namesInsideLongerNamesDoNotFire() {
        assertThat(keys("Le Nigéria et le Niger ont coopéré.")).containsExactly("NGA", "NER");
        assertThat(keys("La Guinée-Bissau, la Guinée équatoriale et la Guinée.")).containsExactly("GNB", "GNQ", "GIN");
        assertThat(keys("La République démocratique du Congo et le Congo.")).containsExactly("COD", "COG");
        assertThat(keys("La République dominicaine et la Dominique.")).containsExactly("DOM", "DMA");
        assertThat(keys("Des patrouilles dans le golfe de Guinée.")).isEmpty();
        assertThat(keys("L’Union a décidé, dans le cadre de l’Union, de réagir.")).isEmpty();
        assertThat(keys("Le Tchad a répondu.")).containsExactly("TCD");
        assertThat(keys("la commission du bassin de l'ouest")).isEmpty();
    }

    @Test
    void acronymsAreCaseSensitive() {
        assertThat(keys("L’OSCE, la CEDEAO, l’ONU, le TNP et l’UE.")).containsExactly("OSCE", "ECOWAS", "UN", "NPT", "EU");
        assertThat(keys("osce cedeao onu tnp ue")).isEmpty();
    }

    @Test
    void adjectivesNameStatesOnlyInAGovernmentalContext() {
        String s = "des réponses ont été reçues des Gouvernements burkinabé, cubain, espagnol, hondurien, mexicain et pakistanais.";
        List<EntityMention> ms = RECOGNISER.recognise(s);
        assertThat(ms).extracting(m -> m.entity().key()).containsExactly("BFA", "CUB", "ESP", "HND", "MEX", "PAK");
        assertThat(ms).extracting(EntityMention::form).containsOnly("adjective");
        assertThat(keys("Selon le Gouvernement espagnol, rien.")).containsExactly("ESP");
        assertThat(keys("La délégation mexicaine et les autorités cubaines.")).containsExactly("MEX", "CUB");
        assertThat(keys("[Original : espagnol]")).isEmpty();
        assertThat(keys("Le texte espagnol fait foi.")).isEmpty();
    }

    @Test
    void numberedInstrumentsComeFromPatterns() {
        assertThat(keys("Dans sa résolution 76/43, l’Assemblée générale")).containsExactly("UNGA_RES_76_43", "UNGA");
        assertThat(keys("la résolution 1540 (2004) du Conseil de sécurité")).containsExactly("UNSCR_1540", "UNSC");
        assertThat(keys("dans ses résolutions 76/32 et 76/232, respectivement"))
                .containsExactly("UNGA_RES_76_32", "UNGA_RES_76_232");
        assertThat(keys("la décision (PESC) 2019/2108 du Conseil")).containsExactly("EU_DECISION_2019_2108");
        assertThat(keys("la résolution 56/24 T du 29 novembre 2001")).containsExactly("UNGA_RES_56_24_T");
        List<EntityMention> ms = RECOGNISER.recognise("résolution 76/43");
        assertThat(ms.get(0).form()).isEqualTo("pattern");
        assertThat(ms.get(0).entity().labelFr()).isEqualTo("résolution 76/43");
    }

    @Test
    void offsetsPointIntoTheOriginalTextAcrossLineBreaks() {
        String text = "mise en œuvre du Traité sur le commerce \n\ndes armes au Burkina Faso";
        List<EntityMention> ms = RECOGNISER.recognise(text);
        assertThat(ms).extracting(m -> m.entity().key()).containsExactly("ATT", "BFA");
        assertThat(ms.get(0).surface()).isEqualTo("du Traité sur le commerce \n\ndes armes");
        ms.forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface()));
    }

    @Test
    void headingsResolveToTheEntityTheyName() {
        assertThat(RECOGNISER.resolveHeading("  Burkina Faso ")).map(Entity::key).contains("BFA");
        assertThat(RECOGNISER.resolveHeading("Espagne")).map(Entity::key).contains("ESP");
        assertThat(RECOGNISER.resolveHeading("Union européenne")).map(Entity::key).contains("EU");
        assertThat(RECOGNISER.resolveHeading("Cuba.")).map(Entity::key).contains("CUB");
        assertThat(RECOGNISER.resolveHeading("L’Espagne :")).map(Entity::key).contains("ESP");
        assertThat(RECOGNISER.resolveHeading("Mexique*")).map(Entity::key).contains("MEX");
        assertThat(RECOGNISER.resolveHeading("Introduction")).isEmpty();
    }

    @Test
    void oneRecogniserServesManyThreads() throws Exception {
        String text = CorpusFiles.read("000");
        List<EntityMention> expected = RECOGNISER.recognise(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntityMention>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> RECOGNISER.recognise(text)));
            }
            for (Future<List<EntityMention>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void untermNamesSplitTheirArticle() {
        assertThat(UntermName.parseShort("Bahamas (les) [fém.]").name()).isEqualTo("Bahamas");
        assertThat(UntermName.parseShort("Saint-Siège (le) *").name()).isEqualTo("Saint-Siège");
        assertThat(UntermName.parseFormal("le Royaume d'Espagne").name()).isEqualTo("Royaume d'Espagne");
        assertThat(UntermName.parseShort("Bolivie (État plurinational de)").inverted())
                .isEqualTo("État plurinational de Bolivie");
    }
}
