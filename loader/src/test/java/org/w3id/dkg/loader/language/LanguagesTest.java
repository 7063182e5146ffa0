package org.w3id.dkg.loader.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dkg.loader.BadDocumentException;
import org.w3id.dkg.loader.Corpus;
import org.w3id.dkg.loader.Extracted;

class LanguagesTest {
    private static final Languages LANGUAGES = Languages.load();

    @Test
    void theReportsOfTheCorpusAreReadAsFrenchFromTheirOwnWords() throws Exception {
        for (Path file : Corpus.files()) {
            assertThat(LANGUAGES.detect(Files.readString(file))).as(file.toString()).isEqualTo("fr");
            assertThat(Extracted.pipeline().analyse(file).language().tag()).isEqualTo("fr");
        }
    }

    @Test
    void aDocumentInALanguageNoPackReadsIsRefusedWithTheFileAndTheLanguageNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("informe.txt");
        Files.writeString(file, "El Gobierno de España ha ratificado el Tratado sobre el Comercio de Armas y es parte de la "
                + "Convención sobre Municiones en Racimo, que firmó en 2008 con los demás Estados de la Unión Europea.\n");
        assertThatThrownBy(() -> Extracted.pipeline().facts(file)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("informe.txt").hasMessageContaining("Spanish (es)").hasMessageContaining("does not read");
    }

    @Test
    void aDocumentWithoutTheWordsOfAnyLanguageIsRefusedNotTurnedIntoAnEmptyGraph(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("table.txt");
        Files.writeString(file, "2019 2020 2021\n12 345 678\nXYZ-42 ABC-7\n");
        assertThatThrownBy(() -> Extracted.pipeline().facts(file)).isInstanceOf(BadDocumentException.class)
                .hasMessageContaining("table.txt").hasMessageContaining("no language recognised");
    }

    @Test
    void eachPackFindsItsRuleFilesBesideTheFamilies() {
        LanguagePack french = LANGUAGES.byTag("fr").orElseThrow();
        assertThat(french.rules(org.w3id.dkg.loader.family.role.RoleFamily.class, "roles"))
                .isEqualTo("/org/w3id/dkg/loader/family/role/roles.fr.tsv");
        assertThat(LanguagesTest.class.getResource(french.rules(org.w3id.dkg.loader.family.role.RoleFamily.class, "roles"))).isNotNull();
    }
}
