package org.w3id.dkg.loader.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {
    private static final String ORGANISATIONS = "/dkg/registry/organisations.tsv";

    @Test
    void aRegistryRowKeepsItsCellsAndTheLineItCameFrom() throws Exception {
        TsvTable table = TsvTable.read(ORGANISATIONS);
        TsvTable.Row osce = table.rows().stream().filter(r -> r.get("key").equals("OSCE")).findFirst().orElseThrow();
        assertThat(osce.get("name_fr")).isEqualTo("Organisation pour la sécurité et la coopération en Europe");
        assertThat(osce.get("parent")).isEmpty();
        List<String> lines = Files.readAllLines(Path.of("src/main/resources" + ORGANISATIONS));
        assertThat(lines.get(osce.line() - 1)).as(osce.where()).startsWith("OSCE\t");
        assertThat(table.rows()).as("comment lines are not rows").noneMatch(r -> r.get("key").startsWith("#"));
    }

    @Test
    void aRuleIsReadVerbatimQuotesAndBackslashesIncluded() {
        String pattern = TsvTable.read("/org/w3id/dkg/loader/family/cbm/cbm-activities.fr.tsv").rows().get(0).get("pattern");
        assertThat(pattern).startsWith("(?:(?<date>{DATE}),\\s+)?(?<actor>{ACTOR})").contains("d[eu]s?|de la|de l['’]");
        List<TsvTable.Row> rows = TsvTable.read("/data/verbatim.tsv").rows();
        assertThat(rows).extracting(TsvTable.Row::line).containsExactly(4, 6);
        assertThat(rows.get(0).get("pattern")).isEqualTo("(?<x>\"quoted\")\\s+\\d");
        assertThat(rows.get(1).get("pattern")).as("the last line, without a line end")
                .isEqualTo("\\t \"tab\" \\\\ and # not a comment");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> TsvTable.read("/data/too-many-cells.tsv")).isInstanceOf(DataFormatException.class)
                .hasMessage("/data/too-many-cells.tsv:6: 4 cells but the header has 2");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> TsvTable.read("/dkg/registry/no-such.tsv")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("/dkg/registry/no-such.tsv");
    }
}
