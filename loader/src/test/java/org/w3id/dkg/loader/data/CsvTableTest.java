package org.w3id.dkg.loader.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static final String COUNTRY_CODES = "/dkg/registry/country-codes.csv";

    @Test
    void readsTheCountryCodesAsPublishedQuotedCommasIncluded() {
        List<Map<String, String>> rows = CsvTable.read(COUNTRY_CODES).rows();
        assertThat(rows).hasSize(249); // 250 lines: the header and one row per country or territory
        Map<String, String> afghanistan = rows.get(0);
        assertThat(afghanistan).containsEntry("ISO3166-1-Alpha-3", "AFG").containsEntry("M49", "4")
                .containsEntry("official_name_fr", "Afghanistan").containsEntry("Languages", "fa-AF,ps,uz-AF,tk");
        Map<String, String> spain = rows.stream().filter(r -> "ESP".equals(r.get("ISO3166-1-Alpha-3"))).findFirst().orElseThrow();
        assertThat(spain).containsEntry("official_name_fr", "Espagne").containsEntry("UNTERM French Formal", "le Royaume d'Espagne");
    }

    @Test
    void anUnterminatedQuoteIsRefusedNamingTheResource() {
        assertThatThrownBy(() -> CsvTable.read("/data/unterminated.csv")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("/data/unterminated.csv: not valid CSV");
    }
}
