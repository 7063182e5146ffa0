package org.w3id.dkg.app.server.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/** The bounded REGEX and REPLACE answer as Jena's do, and stop at the deadline where Jena's would run for minutes. */
class BoundedRegexFunctionsTest {
    private static final String DATA = """
            @prefix ex: <urn:ex:> .
            ex:a ex:text "Le Traité sur le commerce des armes a été signé par le Burkina Faso le 3 juin 2013"@fr .
            ex:b ex:text "Spain ratified it" .
            ex:c ex:text "abcabc" .
            ex:d ex:text 42 .
            """;

    @Test
    void answersAsJenaOnOrdinaryPatternsAndFlags() {
        DatasetGraph dsg = dataset(DATA);
        for (String filter : List.of(
                "REGEX(?t, \"burkina faso\", \"i\")",
                "REGEX(?t, \"^Spain\")",
                "REGEX(?t, \"(abc)\\\\1\")", // a back-reference: the java.util.regex fallback
                "REGEX(?t, \"a.c\", \"q\")",
                "REGEX(?t, \"r a t i f i e d\", \"x\")")) {
            String query = "SELECT ?s WHERE { ?s <urn:ex:text> ?t FILTER(" + filter + ") } ORDER BY ?s";
            assertThat(rows(dsg, query, true)).as(filter).isEqualTo(rows(dsg, query, false));
        }
        assertThat(rows(dsg, "SELECT ?s WHERE { ?s <urn:ex:text> ?t FILTER(REGEX(?t, \"(abc)\\\\1\")) }", true))
                .containsExactly("urn:ex:c");
    }

    @Test
    void replaceKeepsTheLanguageTagAndGroups() {
        DatasetGraph dsg = dataset(DATA);
        String query = "SELECT ?r WHERE { <urn:ex:a> <urn:ex:text> ?t BIND(REPLACE(?t, \"le (\\\\d+) juin\", \"$1 June\", \"i\") AS ?r) }";
        assertThat(rows(dsg, query, true)).containsExactly(
                "\"Le Traité sur le commerce des armes a été signé par le Burkina Faso 3 June 2013\"@fr");
        assertThat(rows(dsg, query, true)).isEqualTo(rows(dsg, query, false));
    }

    @Test
    void aCatastrophicPatternOnALongLiteralAnswersAtOnce() {
        // 5,000 commas and no ZZZ: java.util.regex backtracks for minutes, RE2/J reads the text a few times.
        DatasetGraph dsg = dataset("<urn:ex:x> <urn:ex:text> \"" + ",a".repeat(5_000) + "\" .");
        String query = "SELECT ?s WHERE { ?s <urn:ex:text> ?t FILTER(REGEX(STR(?t), \"^(.*?,){25}ZZZ\", \"s\")) }";
        long t0 = System.nanoTime();
        assertThat(rows(dsg, query, true)).isEmpty();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void aBacktrackingMatchStopsWhenItsQueryIsPastItsDeadline() {
        // A back-reference keeps the pattern on java.util.regex; the cancellable text stops it all the same.
        DatasetGraph dsg = dataset("<urn:ex:x> <urn:ex:text> \"" + "a".repeat(40) + "!\" .");
        String query = "SELECT ?s WHERE { ?s <urn:ex:text> ?t FILTER(REGEX(?t, \"^(a|a)*\\\\1$\")) }";
        long t0 = System.nanoTime();
        QueryDeadline.set(System.nanoTime() + 500_000_000L);
        try {
            assertThatThrownBy(() -> rows(dsg, query, true)).isInstanceOf(QueryCancelledException.class);
        } finally {
            QueryDeadline.clear();
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(400L, 3_000L);
    }

    private static DatasetGraph dataset(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new java.io.StringReader(turtle), null, "TTL");
        DatasetGraph dsg = DatasetGraphFactory.wrap(model.getGraph());
        BoundedRegexFunctions.install(dsg.getContext());
        dsg.getContext().set(ARQ.queryTimeout, "60000");
        return dsg;
    }

    private static List<String> rows(DatasetGraph dsg, String sparql, boolean bounded) {
        Query query = QueryFactory.create(sparql);
        if (bounded) {
            query = BoundedRegexFunctions.rewrite(query);
            assertThat(query.toString()).contains("urn:dkg:function:");
        }
        List<String> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = exec.select();
            String var = rows.getResultVars().get(0).getVarName();
            rows.forEachRemaining(b -> out.add(b.get(var).isURI() ? b.get(var).getURI() : b.get(var).toString()));
        }
        return out;
    }
}
