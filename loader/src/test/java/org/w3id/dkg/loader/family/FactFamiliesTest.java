package org.w3id.dkg.loader.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.Extracted;
import org.w3id.dkg.loader.extracting.Fact;

class FactFamiliesTest {
    private static final FactFamilies FAMILIES = FactFamilies.load();

    @Test
    void theNineFamiliesOfDkgAreFoundOnTheClassPathEachWithItsOwnFactClassAndTable() {
        assertThat(FAMILIES.all()).extracting(FactFamily::id).containsExactly("replies", "mentions", "instrument-actions",
                "cbm-activities", "events", "roles", "memberships", "funding", "citations");
        assertThat(FAMILIES.all()).extracting(FactFamily::factClass).doesNotHaveDuplicates();
        assertThat(FAMILIES.tables()).extracting(FactTable::name).doesNotHaveDuplicates().contains("DOCS", "ROLES");
    }

    @Test
    void rolesRunAfterTheEventsTheyRead() {
        List<String> order = FAMILIES.all().stream().map(FactFamily::id).toList();
        assertThat(order.indexOf("events")).isLessThan(order.indexOf("roles"));
    }

    @Test
    void everyFactExtractedFromTheCorpusHasExactlyOneFamilyAndARowOfItsTable() throws Exception {
        Set<Class<?>> seen = new HashSet<>();
        for (var file : Corpus.files()) {
            for (Fact fact : Extracted.pipeline().facts(file).facts()) {
                FactFamily<Fact> family = FAMILIES.of(fact);
                assertThat(family.factClass()).isEqualTo(fact.getClass());
                assertThat(FAMILIES.row(fact).keySet()).as(family.id())
                        .containsAll(family.table().key().stream().filter(c -> !c.equals("doc")).toList());
                seen.add(fact.getClass());
            }
        }
        // the five reports state facts of every family
        assertThat(seen).containsExactlyInAnyOrderElementsOf(FAMILIES.all().stream().map(FactFamily::factClass).toList());
    }
}
