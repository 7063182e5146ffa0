package org.w3id.dkg.loader.linking;

import java.util.List;

/**
 * The French article a name takes ({@code l'Espagne}, {@code le Mexique}, {@code la Norvège},
 * {@code les Bahamas}, or none: {@code Cuba}), with the contractions it forms with {@code de} and {@code à}.
 * The recogniser includes in a mention only the forms agreeing with the name, so that {@code le} before a
 * feminine name is never swallowed; {@link #ANY} is for names whose gender the registry does not record
 * (organisations, instruments), where only elision is checked.
 */
public enum Article {
    NONE(List.of()),
    ELIDED(List.of("de l'", "à l'", "l'", "d'")),
    MASCULINE(List.of("le ", "du ", "au ")),
    FEMININE(List.of("de la ", "à la ", "la ")),
    PLURAL(List.of("les ", "des ", "aux ")),
    ANY(List.of());

    private final List<String> forms;

    Article(List<String> forms) {
        this.forms = forms;
    }

    /**
     * The article forms (lower case, folded apostrophe, with their trailing space) that may stand before
     * {@code name}, longest first.
     */
    public List<String> formsBefore(String name) {
        if (this == ANY) {
            return startsWithVowelSound(name)
                    ? List.of("de l'", "à l'", "les ", "des ", "aux ", "l'", "d'")
                    : List.of("de la ", "à la ", "les ", "des ", "aux ", "le ", "la ", "du ", "au ");
        }
        if (this == NONE) {
            return startsWithVowelSound(name) ? List.of("d'") : List.of();
        }
        return forms;
    }

    /** Parses the parenthesised article of a UNTERM short name: {@code l'}, {@code le}, {@code la}, {@code les}. */
    public static Article fromUnterm(String article) {
        String a = article.strip().replace('\u2019', '\'').toLowerCase();
        return switch (a) {
            case "l'" -> ELIDED;
            case "le" -> MASCULINE;
            case "la" -> FEMININE;
            case "les" -> PLURAL;
            default -> NONE;
        };
    }

    static boolean startsWithVowelSound(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char c = Character.toLowerCase(name.charAt(0));
        return "aàâäeéèêëiîïoôöuùûüyh".indexOf(c) >= 0;
    }
}
