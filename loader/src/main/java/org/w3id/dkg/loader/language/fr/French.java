package org.w3id.dkg.loader.language.fr;

import org.w3id.dkg.loader.language.LanguagePack;

/** French: the language of the reports dkg was first written for; its data is under {@code /dkg/language/fr}. */
public final class French implements LanguagePack {
    @Override
    public String tag() {
        return "fr";
    }

    @Override
    public String name() {
        return "French";
    }

    @Override
    public Integer ordinal(String label) {
        return FrenchOrdinals.in(label);
    }
}
