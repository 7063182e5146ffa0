package org.w3id.dkg.loader.extracting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.linking.EntityKind;

/**
 * The one vocabulary of tokens: the letter each kind of recognised thing is written with in an
 * annotated sentence ({@code ⟦S3⟧} is the fourth token, a State), and the macros rule files
 * name them by ({@code {STATE}}, {@code {ACTORS}}). Patterns, the rule prefilter and the
 * extractors all read the marks from here, so the three cannot drift apart.
 */
public enum TokenKind {
    STATE('S'), RESPONDENT('R'), ORGANISATION('O'), INSTRUMENT('I'), GROUP('G'), DATE('D'), AMOUNT('A'), OTHER('X');

    /** Opens and closes a mark. */
    public static final char OPEN = '⟦', CLOSE = '⟧';
    /** Any mark, its index in group 1. */
    public static final Pattern ANY_MARK = Pattern.compile(OPEN + "[A-Z](\\d+)" + CLOSE);

    /**
     * The macros that stand for one token, with the kinds each accepts: {@code {STATE}} also takes the
     * respondent (a State replying), {@code {ACTOR}} any who can act. In the order they are expanded.
     */
    private static final Map<String, List<TokenKind>> SINGLE = new LinkedHashMap<>();
    /** The macros that stand for a coordination list of tokens, by the single macro of their items. */
    private static final Map<String, String> LISTS = new LinkedHashMap<>();

    static {
        SINGLE.put("STATE", List.of(STATE, RESPONDENT));
        SINGLE.put("ORG", List.of(ORGANISATION));
        SINGLE.put("INSTRUMENT", List.of(INSTRUMENT));
        SINGLE.put("GROUP", List.of(GROUP));
        SINGLE.put("ACTOR", List.of(STATE, ORGANISATION, GROUP, RESPONDENT));
        SINGLE.put("DATE", List.of(DATE));
        SINGLE.put("AMOUNT", List.of(AMOUNT));
        LISTS.put("STATES", "STATE");
        LISTS.put("ORGS", "ORG");
        LISTS.put("ACTORS", "ACTOR");
        LISTS.put("INSTRUMENTS", "INSTRUMENT");
    }

    private final char letter;

    TokenKind(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The mark of the token at {@code index} in its sentence: {@code ⟦I2⟧}. */
    public String mark(int index) {
        return OPEN + String.valueOf(letter) + index + CLOSE;
    }

    /** A regular expression matching any mark of this kind. */
    public String markPattern() {
        return markPattern(List.of(this));
    }

    /** The token kind an entity is written as. */
    public static TokenKind of(EntityKind kind) {
        return switch (kind) {
            case STATE -> STATE;
            case ORGANISATION -> ORGANISATION;
            case INSTRUMENT -> INSTRUMENT;
            case GROUP -> GROUP;
            default -> OTHER;
        };
    }

    /** The macros over single tokens and the kinds each accepts. */
    public static Map<String, List<TokenKind>> singleMacros() {
        return SINGLE;
    }

    /** The list macros ({@code STATES}) and the single macro of their items ({@code STATE}). */
    public static Map<String, String> listMacros() {
        return LISTS;
    }

    /** The kinds a single or list macro (named without braces) accepts, or null when it names no token. */
    public static List<TokenKind> acceptedBy(String macro) {
        return SINGLE.get(LISTS.getOrDefault(macro, macro));
    }

    /** A regular expression matching a mark of any of {@code kinds}. */
    public static String markPattern(List<TokenKind> kinds) {
        StringBuilder letters = new StringBuilder();
        for (TokenKind k : kinds) letters.append(k.letter);
        String cls = kinds.size() == 1 ? letters.toString() : "[" + letters + "]";
        return OPEN + cls + "\\d+" + CLOSE;
    }

    /** The letters of {@code kinds}, as the prefilter compares them with a sentence's. */
    public static String letters(List<TokenKind> kinds) {
        StringBuilder letters = new StringBuilder();
        for (TokenKind k : kinds) letters.append(k.letter);
        return letters.toString();
    }
}
