package org.w3id.dkg.loader.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MintedEntitiesTest {
    private static final EntityRegistry REGISTRY = EntityRegistry.loadDefault();
    private final MintedEntities minted = new MintedEntities(REGISTRY);

    @Test
    void aKeyIsTheAcronymOrTheNameInUpperSnakeWithItsAccentsFolded() {
        assertThat(minted.mint(EntityKind.ORGANISATION, "Commission nationale togolaise des armes légères", "CNLPAL", "", "fr", "q").key())
                .isEqualTo("CNLPAL");
        assertThat(minted.mint(EntityKind.ORGANISATION, "Groupe de Lima", "", "", "fr", "q").key()).isEqualTo("GROUPE_DE_LIMA");
        assertThat(MintedEntities.snake("Conseil Œcuménique des Églises")).isEqualTo("CONSEIL_OECUMENIQUE_DES_EGLISES");
        assertThat(MintedEntities.snake("l’Institut d’Etudes de Sécurité")).isEqualTo("INSTITUT_ETUDES_DE_SECURITE");
        assertThat(MintedEntities.snake("OCWAR-T")).isEqualTo("OCWAR_T");
    }

    @Test
    void theSameAcronymInTwoLanguagesIsOneKeyAndEachKeepsItsLabelInItsLanguage() {
        Entity fr = minted.mint(EntityKind.ORGANISATION, "Comité consultatif permanent", "SAGSA", "", "fr", "q");
        Entity en = minted.mint(EntityKind.ORGANISATION, "Standing Advisory Group", "SAGSA", "", "en", "q");
        assertThat(fr.key()).isEqualTo(en.key());
        assertThat(fr.labelFr()).isEqualTo("Comité consultatif permanent");
        assertThat(en.labelEn()).isEqualTo("Standing Advisory Group");
        assertThat(MintedEntities.isMinted(fr)).isTrue();
        assertThat(REGISTRY.all()).noneMatch(MintedEntities::isMinted);
    }

    @Test
    void aKeyTheRegistryHoldsForAnotherEntityIsNeverReused() {
        // "ATT" is the Arms Trade Treaty; an organisation defining the same letters gets its name after them
        String key = minted.mint(EntityKind.INSTRUMENT, "Accord technique transfrontalier", "ATT", "", "fr", "q").key();
        assertThat(key).isEqualTo("ATT_ACCORD_TECHNIQUE_TRANSFRONTALIER");
        assertThat(minted.known("UNODA")).map(Entity::key).contains("UNODA");
        // a name alone whose UPPER_SNAKE is a registry key is numbered, never merged into the curated entity
        assertThat(minted.mint(EntityKind.ORGANISATION, "Nato", "", "", "en", "q").key()).isEqualTo("NATO_2");
    }
}
