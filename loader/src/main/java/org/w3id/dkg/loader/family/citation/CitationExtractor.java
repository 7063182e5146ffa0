package org.w3id.dkg.loader.family.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dkg.loader.extracting.AnnotatedSentence;
import org.w3id.dkg.loader.extracting.DocumentAnalysis;
import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.FactsSoFar;
import org.w3id.dkg.loader.extracting.PatternExtractor;
import org.w3id.dkg.loader.extracting.PatternMatch;
import org.w3id.dkg.loader.extracting.Token;
import org.w3id.dkg.loader.extracting.TokenKind;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.language.Lexicon;
import org.w3id.dkg.loader.reading.NormalisedText;

/**
 * Citations of UN document symbols, by the rules of {@code citations.tsv}: resolutions named in
 * words ("résolution 76/43", "résolutions 76/32 et 76/232", "résolution 2616 (2021)"), also inside
 * the name of a body ("le Comité créé par la résolution 1540 (2004)"), and symbols written out
 * ("A/64/173", "S/PRST/2010/6"), lists of resolutions numbered after a first one ("resolutions 48/62 …, 49/66 and
 * 51/38"), and symbols of other bodies as the text writes them ({@link WrittenSymbols}). A resolution numbered like a General Assembly one is not taken
 * for one when the sentence says another body adopted it ("La Commission des stupéfiants a
 * adopté la résolution 65/4").
 *
 * <p>Link lines of the source ({@code https://undocs.org/fr/A/77/50}) add the symbols the
 * sentences miss, when the text quotes the symbol itself: the nearest quote is the evidence (the
 * link line is no part of the text). A link whose resolution the text names in words but was
 * refused above stays refused: such links mis-render another body's resolution.
 */
public final class CitationExtractor extends PatternExtractor<CitationFact> {
    private static final Pattern GA_KEY = Pattern.compile("UNGA_RES_(\\d+)_(\\d+)(?:_([A-Z]))?");
    private static final Pattern SC_KEY = Pattern.compile("UNSCR_(\\d+)");
    private final Pattern scWords;
    private final Pattern adopted;
    private final Pattern otherBody;
    private final String gaNamed;
    private final String scNamed;
    private final Pattern gaNumber;
    private final WrittenSymbols otherBodies = new WrittenSymbols();
    private static final Pattern LINK = Pattern.compile("https?://(?:www\\.)?undocs\\.org/(?:[a-z]{2}/)?(.+?)/?$");

    public CitationExtractor(LanguagePack language) {
        super(language, language.rules(CitationFamily.class, "citations"));
        Lexicon words = language.lexicon();
        this.scWords = words.pattern("citations.sc-words");
        this.adopted = words.pattern("citations.adopted");
        this.otherBody = words.pattern("citations.other-body");
        this.gaNamed = words.get("citations.ga-named");
        this.scNamed = words.get("citations.sc-named");
        this.gaNumber = words.pattern("citations.ga-number");
    }

    @Override
    protected List<CitationFact> build(PatternMatch match) {
        return switch (match.rule().get("kind")) {
            case "reference" -> references(match);
            case "symbol" -> match.text("symbol").map(s -> List.of(new CitationFact(normalise(s), evidence(match))))
                    .orElse(List.of());
            case "list" -> resolutionList(match);
            default -> List.of();
        };
    }

    private List<CitationFact> references(PatternMatch match) {
        List<CitationFact> facts = new ArrayList<>();
        for (Token t : match.tokens("ref")) {
            String words = match.document().text().slice(t.start(), t.end());
            String key = t.entity() == null ? "" : t.entity().key();
            Matcher ga = GA_KEY.matcher(key);
            if (ga.matches()) {
                if (adoptedByAnotherBody(match, t)) continue;
                facts.add(new CitationFact("A/RES/" + ga.group(1) + "/" + ga.group(2)
                        + (ga.group(3) == null ? "" : " " + ga.group(3)), evidence(match)));
                continue;
            }
            Matcher sc = scWords.matcher(words);
            if (sc.find()) {
                facts.add(new CitationFact("S/RES/" + sc.group(1) + "(" + sc.group(2) + ")", evidence(match)));
                continue;
            }
            if (SC_KEY.matcher(key).matches()) {
                yearOf(match.document(), key).ifPresent(y -> facts.add(new CitationFact(
                        "S/RES/" + key.substring("UNSCR_".length()) + "(" + y + ")", evidence(match))));
            }
        }
        return facts;
    }

    /**
     * General Assembly resolutions numbered after a first one ("resolutions 48/62 of 16 December 1993, 49/66 … and
     * 51/38"): each number of the list, unless the list follows a token that is no General Assembly resolution or
     * the sentence says another body adopted them.
     */
    private List<CitationFact> resolutionList(PatternMatch match) {
        Optional<String> anchor = match.tokens("anchor").stream().findFirst().map(t -> t.entity() == null ? "" : t.entity().key());
        if (anchor.isPresent() && !GA_KEY.matcher(anchor.get()).matches()) return List.of();
        int list = match.templateStart("list");
        if (list < 0 || otherBody.matcher(match.sentence().template().substring(0, list)).find()) return List.of();
        List<CitationFact> facts = new ArrayList<>();
        Matcher number = gaNumber.matcher(match.text("list").orElse(""));
        while (number.find()) {
            String letter = number.group("letter");
            facts.add(new CitationFact("A/RES/" + number.group("session") + "/" + number.group("number")
                    + (letter == null ? "" : " " + letter), evidence(match)));
        }
        return facts;
    }

    /** The match with the words around it, as many as the rule's before and after columns say. */
    private static Evidence evidence(PatternMatch match) {
        return match.evidenceWidened(Integer.parseInt(match.rule().get("before")), Integer.parseInt(match.rule().get("after")));
    }

    /** "La Commission ... a adopté la résolution 65/4": the nearest body named before it is not the Assembly. */
    private boolean adoptedByAnotherBody(PatternMatch match, Token resolution) {
        AnnotatedSentence s = match.sentence();
        String template = s.template();
        int at = s.markStart(resolution);
        if (at < 0) return false;
        String before = template.substring(0, at);
        List<Token> preceding = s.tokensIn(0, at);
        for (int i = preceding.size() - 1; i >= 0; i--) {
            Token t = preceding.get(i);
            if (!t.is(TokenKind.ORGANISATION)) continue;
            String key = t.entity().key();
            if (key.equals("UNGA") || key.equals("UN")) return false;
            int mark = template.lastIndexOf(t.kind().mark(s.tokens().indexOf(t)), at);
            return mark >= 0 && adopted.matcher(template.substring(mark, at)).find();
        }
        return otherBody.matcher(before).find();
    }

    /** The year a Security Council resolution is cited with elsewhere in the document. */
    private Optional<String> yearOf(DocumentAnalysis doc, String key) {
        return doc.mentions().stream().filter(m -> m.entity().key().equals(key))
                .map(m -> scWords.matcher(m.surface())).filter(Matcher::find).map(m -> m.group(2)).findFirst();
    }

    @Override
    public List<CitationFact> extract(DocumentAnalysis doc, FactsSoFar before) {
        Map<String, CitationFact> facts = new LinkedHashMap<>();
        for (CitationFact f : super.extract(doc, before)) facts.putIfAbsent(f.symbol(), f);
        for (CitationFact f : otherBodies.find(doc)) facts.putIfAbsent(f.symbol(), f);
        NormalisedText text = doc.text();
        for (NormalisedText.Link link : text.links()) {
            Matcher m = LINK.matcher(link.url().strip());
            if (!m.matches()) continue;
            String symbol = normalise(java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8));
            if (facts.containsKey(symbol) || namedInWords(text.text(), symbol)) continue;
            nearest(text.text(), symbol, link.textOffset()).ifPresent(at -> facts.put(symbol,
                    new CitationFact(symbol, doc.evidence(at, at + symbol.length(), "cite.link", 0.8))));
        }
        return new ArrayList<>(facts.values());
    }

    /** Whether a resolution symbol is named in words in the text (then the sentences decided on it). */
    private boolean namedInWords(String text, String symbol) {
        Matcher ga = Pattern.compile("A/RES/(\\d+)/(\\d+)").matcher(symbol);
        if (ga.matches()) return Pattern.compile(gaNamed.replace("{session}", ga.group(1)).replace("{number}", ga.group(2))).matcher(text).find();
        Matcher sc = Pattern.compile("S/RES/(\\d+)\\((\\d{4})\\)").matcher(symbol);
        if (sc.matches()) return Pattern.compile(scNamed.replace("{number}", sc.group(1)).replace("{year}", sc.group(2))).matcher(text).find();
        return false;
    }

    private static Optional<Integer> nearest(String text, String symbol, int offset) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\d/.])" + Pattern.quote(symbol) + "(?![\\p{L}\\d/])").matcher(text);
        Integer best = null;
        while (m.find()) {
            if (best == null || Math.abs(m.start() - offset) < Math.abs(best - offset)) best = m.start();
        }
        return Optional.ofNullable(best);
    }

    /** UN form: no space before a year in brackets. */
    static String normalise(String symbol) {
        return symbol.strip().replaceAll("\\s+\\(", "(");
    }
}
