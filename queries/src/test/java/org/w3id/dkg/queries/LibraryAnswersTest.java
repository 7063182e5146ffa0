package org.w3id.dkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The library's answers on the bundled corpus. Expected rows were checked against the
 * reports (or, for reference data, against the organisations' own lists).
 */
class LibraryAnswersTest {
    /** The columns competency-questions.md fixes for each query: programs read them. */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("documents", List.of("docId", "symbol", "title", "date", "docType", "language"));
        COLUMNS.put("replies", List.of("docId", "actorKey", "actorKind", "replyDate", "originalLanguage"));
        COLUMNS.put("mentions", List.of("docId", "entityKind", "key", "label"));
        COLUMNS.put("memberships", List.of("stateKey", "orgKey", "since", "until", "source", "quote"));
        COLUMNS.put("instrument-actions", List.of("actorKey", "instrumentKey", "action", "date", "docId", "quote"));
        COLUMNS.put("funding", List.of("funderKey", "decisionKey", "decisionDate", "amount", "currency", "beneficiaryKey",
                "purposeKey", "period", "docId", "quote"));
        COLUMNS.put("cbm-activities", List.of("actorKey", "activityType", "counterpartKey", "frameworkKey", "date", "place",
                "docId", "quote"));
        COLUMNS.put("roles", List.of("actorKey", "role", "bodyKey", "period", "docId", "quote"));
        COLUMNS.put("citations", List.of("docId", "citedSymbol"));
        COLUMNS.put("events", List.of("eventKey", "label", "start", "end", "place", "organiserKey", "participantKey", "docId"));
        COLUMNS.put("state-profile", List.of("property", "valueKey", "valueLabel", "date", "docId"));
        COLUMNS.put("osce-participating-states", List.of("stateKey", "label", "since", "source"));
        COLUMNS.put("eu-funding-by-beneficiary", List.of("beneficiaryKey", "currency", "totalAmount", "decisions"));
        COLUMNS.put("network", List.of("sourceKey", "sourceKind", "targetKey", "targetKind", "relation", "weight"));
        COLUMNS.put("provenance", List.of("fact", "docId", "section", "start", "end", "quote", "rule", "confidence"));
    }

    static DkgStore store;
    static QueryLibrary library = QueryLibrary.standard();

    /** The corpus loaded once for all tests of this module. */
    static synchronized DkgStore store() {
        if (store == null) {
            store = DkgStore.inMemory();
            new CorpusLoader(DocumentPipeline.withDefaults(), store).load(List.of(Path.of("..", "corpus")), new CorpusLoader.Listener() {});
        }
        return store;
    }

    @BeforeAll
    static void loadTheCorpus() {
        store();
    }

    @Test
    void theLibraryHasOneQueryPerCompetencyQuestionWithTheContractedColumns() {
        assertThat(library.names()).containsExactlyInAnyOrderElementsOf(COLUMNS.keySet());
        COLUMNS.forEach((name, columns) -> {
            LibraryQuery q = library.find(name).orElseThrow();
            assertThat(q.title()).as(name).isNotBlank();
            assertThat(q.query().getResultVars()).as(name).containsExactlyElementsOf(columns);
        });
    }

    @Test
    void theOsceHasItsFiftySevenParticipatingStatesFromReferenceData() {
        List<Map<String, String>> rows = select("osce-participating-states", Map.of());
        assertThat(rows.stream().map(r -> r.get("stateKey")).distinct()).hasSize(57).contains("ESP", "USA", "MNG", "VAT");
        assertThat(rows).contains(row("stateKey", "MNG", "label", "Mongolia", "since", "2012-11-21", "source", "reference"));
        assertThat(rows).contains(row("stateKey", "ESP", "label", "Spain", "since", "1973", "source", "reference"));
    }

    @Test
    void theOsceListAlsoShowsWhatTheReportsSay() {
        // "Elle est membre de l'Organisation pour la sécurité et la coopération en Europe (OSCE)", in Spain's 2022 reply.
        assertThat(select("osce-participating-states", Map.of()))
                .contains(row("stateKey", "ESP", "label", "Spain", "since", "", "source", "000_d03a33050df2f971"));
    }

    @Test
    void theEuCouncilDecisionsOfTheConfidenceBuildingReportHaveTheirAmountsAndBeneficiaries() {
        List<Map<String, String>> rows = select("funding", Map.of("funder", "EU")).stream()
                .filter(r -> r.get("docId").startsWith("000_")).toList();
        // "la décision (PESC) 2019/2108 du 9 décembre 2019 ... un montant de 2,7 millions d'euros sur une période
        // de trois ans. Le financement de l'Union européenne permet à l'Organisation des États américains (OEA) ..."
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("decisionKey", "EU_DECISION_2019_2108")
                .containsEntry("decisionDate", "2019-12-09").containsEntry("beneficiaryKey", "OAS")
                .containsEntry("currency", "EUR").containsEntry("period", "P3Y")
                .hasEntrySatisfying("amount", a -> assertThat(new java.math.BigDecimal(a)).isEqualByComparingTo("2700000")));
        // "Dans le cadre du nouveau cycle de financement (2020-2023), ... 6,28 millions d'euros, la Commission
        // préparatoire ..., comme le prévoit la décision (PESC) du Conseil 2020/901"
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("decisionKey", "EU_DECISION_2020_901")
                .containsEntry("beneficiaryKey", "CTBTO_PREPCOM").containsEntry("period", "2020/2023")
                .hasEntrySatisfying("amount", a -> assertThat(new java.math.BigDecimal(a)).isEqualByComparingTo("6280000")));
        // "En application de la décision (PESC) 2019/938 du Conseil du 6 juin 2019, l'Union européenne finance
        // l'Institut des Nations Unies pour la recherche sur le désarmement"
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("decisionKey", "EU_DECISION_2019_938")
                .containsEntry("decisionDate", "2019-06-06").containsEntry("beneficiaryKey", "UNIDIR"));
        assertThat(rows.stream().map(r -> r.get("decisionKey")).filter(k -> !k.isEmpty()).distinct()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void spainReportsItsInspectionsUnderTheViennaDocument() {
        // "En octobre 2021, l'Espagne a mené une inspection à Chypre dans le cadre du Document de Vienne 1999."
        assertThat(select("cbm-activities", Map.of("state", "ESP")))
                .anySatisfy(r -> assertThat(r).containsEntry("activityType", "inspection").containsEntry("counterpartKey", "CYP")
                        .containsEntry("frameworkKey", "VIENNA_DOCUMENT_1999").containsEntry("date", "2021-10"));
    }

    @Test
    void natoMembershipsAreNarrowedByTheOrgParameter() {
        List<Map<String, String>> rows = select("memberships", Map.of("org", "NATO"));
        assertThat(rows).hasSize(32).allSatisfy(r -> assertThat(r.get("orgKey")).isEqualTo("NATO"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("stateKey", "SWE").containsEntry("since", "2024"));
    }

    @Test
    void burkinaFasoSignedTheArmsTradeTreatyIn2013AndRatifiedItIn2014() {
        List<Map<String, String>> rows = select("instrument-actions", Map.of("state", "BFA", "instrument", "ATT"));
        assertThat(rows).extracting(r -> r.get("action") + " " + r.get("date"))
                .contains("signed 2013-06-03", "ratified 2014-06-03");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("docId")).isEqualTo("000_d03a33050df2f971"));
    }

    @Test
    void theRepliesOfTheTwoReportsAreListed() {
        List<Map<String, String>> rows = select("replies", Map.of());
        assertThat(rows).hasSize(13);
        assertThat(rows).contains(row("docId", "002_04d691f756cba794", "actorKey", "TKM", "actorKind", "State",
                "replyDate", "2012-05-14", "originalLanguage", "ru"));
    }

    @Test
    void aStateProfileGathersCodesRepliesAndActions() {
        List<Map<String, String>> rows = select("state-profile", Map.of("state", "BFA"));
        assertThat(rows).extracting(r -> r.get("property") + " " + r.get("valueKey"))
                .contains("iso2 BF", "m49 854", "repliedTo 000_d03a33050df2f971", "signed ATT", "ratified ATT");
    }

    @Test
    void provenanceShowsTheQuoteRuleAndOffsetsOfAFact() {
        String fact = select("instrument-actions", Map.of("state", "BFA", "instrument", "ATT")).stream()
                .filter(r -> r.get("action").equals("signed")).findFirst().orElseThrow().get("quote");
        assertThat(fact).contains("a été signé par le Burkina Faso le 3 juin 2013");
        String iri = store.read(ds -> org.apache.jena.query.QueryExecution.dataset(ds).query("""
                PREFIX dkg: <https://w3id.org/dkg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?f WHERE { GRAPH ?g { ?f a dkg:InstrumentAction ; dkg:actor/skos:notation "BFA" ;
                  dkg:action <https://w3id.org/dkg/code/action-kind/signed> } }""").select().next().getResource("f").getURI());
        List<Map<String, String>> rows = select("provenance", Map.of("fact", iri));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("quote")).isEqualTo(fact);
            assertThat(r.get("docId")).isEqualTo("000_d03a33050df2f971");
            assertThat(r.get("section")).startsWith("II. Réponses reçues des gouvernements");
            assertThat(Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("start"))).isEqualTo(fact.codePointCount(0, fact.length()));
        });
    }

    @Test
    void everyQueryRunsOnTheCorpus() {
        for (LibraryQuery q : library.list()) {
            Map<String, String> params = switch (q.name()) {
                case "state-profile" -> Map.of("state", "ESP");
                case "provenance" -> Map.of("fact", "https://w3id.org/dkg/id/fact/none");
                default -> Map.of();
            };
            select(q.name(), params);
        }
    }

    static List<Map<String, String>> select(String name, Map<String, String> params) {
        List<Map<String, String>> rows = new ArrayList<>();
        QueryRunner.on(store.dataset()).run(library.find(name).orElseThrow(), params, new ResultSink() {
            @Override
            public void select(ResultSet results) {
                List<String> vars = results.getResultVars();
                results.forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                });
            }

            @Override
            public void ask(boolean answer) {}

            @Override
            public void graph(Model model) {}
        });
        return rows;
    }

    static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) row.put(pairs[i], pairs[i + 1]);
        return row;
    }
}
