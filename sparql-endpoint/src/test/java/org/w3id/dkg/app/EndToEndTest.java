package org.w3id.dkg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.app.server.DkgServer;
import org.w3id.dkg.loader.CorpusLoader;
import org.w3id.dkg.loader.DocumentPipeline;
import org.w3id.dkg.loader.LoadReport;
import org.w3id.dkg.loader.store.DkgStore;
import org.w3id.dkg.queries.QueryLibrary;

/**
 * The whole path: the bundled corpus loaded into a TDB2 store, served on a free port, and
 * the library's questions asked over HTTP by an independent client (RDF4J). The expected
 * answers were checked against the reports.
 */
class EndToEndTest {
    @TempDir
    static Path db;
    static DkgStore store;
    static DkgServer server;

    @BeforeAll
    static void loadTheCorpusAndServeIt() {
        store = DkgStore.open(db);
        LoadReport report = new CorpusLoader(DocumentPipeline.withDefaults(), store)
                .load(List.of(Path.of("..", "corpus")), new CorpusLoader.Listener() {});
        assertThat(report.failures()).isEmpty();
        server = DkgServer.start(store, 0);
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) server.close();
        } finally {
            store.close();
        }
    }

    @Test
    void theConfidenceBuildingReportHasRepliesFromSixStatesAndTheEuropeanUnion() {
        List<String> rows = new ArrayList<>();
        for (BindingSet row : select("replies")) {
            if (row.getValue("docId").stringValue().startsWith("000_")) {
                rows.add(String.join(" ", value(row, "actorKey"), value(row, "actorKind"),
                        value(row, "replyDate"), value(row, "originalLanguage")));
            }
        }
        assertThat(rows).containsExactlyInAnyOrder(
                "BFA State 2022-05-31 fr",
                "CUB State 2022-05-30 es",
                "ESP State 2022-05-31 es",
                "HND State 2022-04-11 es",
                "MEX State 2022-05-31 es",
                "PAK State 2022-04-29 en",
                "EU Organisation 2022-05-31 en");
    }

    @Test
    void everyBundledDocumentIsListedWithWhatItSaysOfItself() {
        Map<String, String> docs = new TreeMap<>();
        for (BindingSet row : select("documents")) {
            docs.put(value(row, "docId"), String.join("|", value(row, "symbol"), value(row, "date"),
                    value(row, "docType"), value(row, "language")));
        }
        assertThat(docs).containsOnlyKeys("000_d03a33050df2f971", "001_60f20e3de86118c1", "002_04d691f756cba794",
                "003_7e784a58fc65ffc2", "004_047198d78f0f4c1e");
        assertThat(docs.get("002_04d691f756cba794")).isEqualTo("A/67/131||report_SG|fr");
        assertThat(docs.get("003_7e784a58fc65ffc2")).isEqualTo("|2010-05-19|working_paper|fr");
        assertThat(docs.get("004_047198d78f0f4c1e")).isEqualTo("|2018-02-01|note_verbale|fr");
    }

    @Test
    void theKyivWorkshopNoteNamesUkraineTheOsceAndResolution1540() {
        List<String> keys = new ArrayList<>();
        for (BindingSet row : select("mentions")) {
            if (row.getValue("docId").stringValue().startsWith("004_")) {
                keys.add(value(row, "entityKind") + ":" + value(row, "key"));
            }
        }
        assertThat(keys).contains("State:UKR", "Organisation:OSCE", "Organisation:OPCW", "Organisation:WCO",
                "Organisation:EU", "Instrument:UNSCR_1540");
        assertThat(keys).doesNotHaveDuplicates();
    }

    private static List<BindingSet> select(String libraryQuery) {
        String text = QueryLibrary.standard().find(libraryQuery).orElseThrow().text();
        SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl());
        try (RepositoryConnection conn = repo.getConnection();
                TupleQueryResult result = conn.prepareTupleQuery(text).evaluate()) {
            List<BindingSet> rows = new ArrayList<>();
            result.forEach(rows::add);
            return rows;
        } finally {
            repo.shutDown();
        }
    }

    private static String value(BindingSet row, String name) {
        return row.hasBinding(name) ? row.getValue(name).stringValue() : "";
    }
}
