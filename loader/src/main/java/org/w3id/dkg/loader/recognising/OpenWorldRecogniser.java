package org.w3id.dkg.loader.recognising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.linking.EntityKind;
import org.w3id.dkg.loader.linking.MintedEntities;
import org.w3id.dkg.loader.recognising.InstitutionLexicon.Head;
import org.w3id.dkg.loader.recognising.NameTokens.Tok;

/**
 * Finds the bodies and instruments a text names that no registry lists, from the text itself (issue 12):
 * <ul>
 * <li>acronym definitions, {@code Long Name (ACR)}: the long name is an institutional noun phrase ending at the
 * parenthesis, or a run of capitalised words whose first letter is the acronym's;</li>
 * <li>short names given by {@code ci-après dénommé « le Centre »} / {@code hereinafter referred to as "the Committee"};</li>
 * <li>institutional noun phrases without a definition: a head noun of the language's lexicon with its complements,
 * kept only when a complement is a proper name (a capitalised word, an acronym, a registry name): "le Groupe de
 * Lima", "le Comité consultatif de la CIFTA", "the Military Staff Committee"; a head alone ("le Comité") or with
 * common words only ("le Conseil permanent") is no name.</li>
 * </ul>
 * Later uses of a defined acronym, and of a short name after its definition, name the same entity. The registry
 * stays the authority: an acronym or name it knows links to its entity, never to a mint. An organisation named
 * in a genitive complement is the parent ("le Comité du Conseil de sécurité" is part of the Security Council).
 * A State after a place connector ("en Afrique du Sud") ends a name. The registry mentions inside a new name are
 * kept, so that the mention list may nest: extraction takes the outer name as its token.
 *
 * <p>Built once per language pack; holds no per-document state.
 */
public final class OpenWorldRecogniser {
    private static final int WINDOW = 30;
    private static final int MAX_LOWER_RUN = 3;
    /** Words of a line in title case from which its capitals stop being evidence of names. */
    private static final int TITLE_CASE_WORDS = 6;

    private final InstitutionLexicon words;
    private final MintedEntities minted;
    private final String lang;

    public OpenWorldRecogniser(LanguagePack language, MintedEntities minted) {
        this.words = new InstitutionLexicon(language);
        this.minted = minted;
        this.lang = language.tag();
    }

    /** The end of a phrase read from a head: its last token, the last token that is a proper name, its parent. */
    private record Chain(int first, int last, int lastStrong, String parent, EntityKind kind) {}

    /** {@code registry} (sorted, as the registry recogniser found them) with the mentions of minted entities added. */
    public List<EntityMention> recognise(String text, List<EntityMention> registry) {
        return new Pass(text, registry).run();
    }

    /** One document's work. */
    private final class Pass {
        final String text;
        final List<Tok> toks;
        final EntityMention[] startsAt;
        final boolean[] inside;
        final int[] tokenAt;
        final List<EntityMention> found = new ArrayList<>();
        final boolean[] taken;
        final Map<String, Entity> acronyms = new LinkedHashMap<>();
        final Map<String, Entity> shortNames = new LinkedHashMap<>();
        final Map<String, Integer> shortFrom = new HashMap<>();
        final Map<String, List<Tok>> shortTokens = new HashMap<>();
        final List<EntityMention> registry;
        /** Whether the line starting at each offset is set in title case, worked out once per line. */
        final Map<Integer, Boolean> titleCaseLines = new HashMap<>();
        /** The offsets of the text's line breaks, in order; found on first need. */
        int[] breaks;

        Pass(String text, List<EntityMention> registry) {
            this.text = text;
            this.registry = registry;
            this.toks = NameTokens.of(text);
            int n = toks.size();
            startsAt = new EntityMention[n];
            inside = new boolean[n];
            taken = new boolean[n];
            tokenAt = new int[text.length() + 1];
            java.util.Arrays.fill(tokenAt, -1);
            for (int i = 0; i < n; i++) tokenAt[toks.get(i).start()] = i;
            int t = 0;
            for (EntityMention m : registry) {
                while (t < n && toks.get(t).start() < m.start()) t++;
                if (t < n && toks.get(t).start() == m.start()) {
                    startsAt[t] = m;
                    for (int k = t + 1; k < n && toks.get(k).start() < m.end(); k++) inside[k] = true;
                }
            }
        }

        List<EntityMention> run() {
            definitions();
            hereinafter();
            undefinedNames();
            laterUses();
            List<EntityMention> all = new ArrayList<>(registry);
            for (EntityMention m : found) {
                if (!namesRegistryEntityAtItsStart(m)) all.add(m);
            }
            all.sort(Comparator.comparingInt(EntityMention::start).thenComparing(m -> -(m.end() - m.start())));
            return List.copyOf(all);
        }

        // ------------------------------------------------------------------ Long Name (ACR)

        void definitions() {
            for (int i = 1; i + 2 < toks.size(); i++) {
                if (!toks.get(i).text().equals("(") || !toks.get(i + 2).text().equals(")")) continue;
                Tok acr = toks.get(i + 1);
                if (!isAcronym(acr.text()) || words.term(acr.text()) || !NameTokens.adjacent(text, toks.get(i - 1), toks.get(i))) continue;
                define(i - 1, acr.text(), toks.get(i + 2).end());
            }
        }

        /** The name ending at token {@code last} defines {@code acr}; its mention ends at {@code end}. */
        void define(int last, String acr, int end) {
            Optional<Entity> knownAcronym = minted.known(acr);
            EntityMention before = registryEndingAt(last);
            if (before != null) {
                if (knownAcronym.isEmpty() || knownAcronym.get().equals(before.entity())) acronyms.putIfAbsent(acr, before.entity());
                return;
            }
            Chain c = definedChain(last);
            int first;
            EntityKind kind;
            String parent = "";
            if (c != null) {
                if (c.kind() == null) return; // a meeting: the event family's
                first = c.first();
                kind = c.kind();
                parent = c.parent() == null ? "" : c.parent();
            } else {
                first = capitalisedRun(last, acr);
                if (first < 0) return;
                kind = EntityKind.ORGANISATION;
            }
            if (overlapsTaken(first, last)) return;
            String name = text.substring(toks.get(first).start(), toks.get(last).end());
            Entity e = knownAcronym.or(() -> minted.known(name))
                    .orElseGet(() -> minted.mint(kind, name, acr, "", lang, text.substring(toks.get(first).start(), end)));
            e = withParent(e, parent);
            add(first, tokenBefore(end), e, "definition");
            acronyms.putIfAbsent(acr, e);
        }

        /** The leftmost head within reach whose phrase, read without truncation, ends exactly at {@code last}. */
        Chain definedChain(int last) {
            for (int j = Math.max(0, last - WINDOW); j <= last; j++) {
                if (inside[j] || startsAt[j] != null) continue;
                Chain c = chain(j, last);
                if (c != null && c.last() == last) return c;
            }
            return null;
        }

        /** A run of at least two capitalised words (and connectors) ending at {@code last}, starting with the acronym's letter. */
        int capitalisedRun(int last, String acr) {
            int k = last;
            int first = -1, capitals = 0;
            char initial = Character.toUpperCase(acr.charAt(0));
            while (k >= 0 && k > last - WINDOW) {
                Tok t = toks.get(k);
                if (!t.word() || inside[k] || startsAt[k] != null || words.stop(t.text())) break;
                if (k < last && !NameTokens.adjacent(text, t, toks.get(k + 1))) break;
                if (t.capitalised()) {
                    capitals++;
                    if (Character.toUpperCase(t.text().charAt(0)) == initial) first = k;
                } else if (!words.connector(t.text()) && !words.article(t.text())) {
                    break;
                }
                k--;
            }
            if (first < 0) return -1;
            int caps = 0;
            boolean head = false;
            for (int i = first; i <= last; i++) {
                if (toks.get(i).capitalised()) caps++;
                head |= words.isHeadWord(toks.get(i).text());
            }
            return (head ? caps >= 2 : caps >= 3) && toks.get(last).capitalised() ? first : -1;
        }

        // ------------------------------------------------------------------ ci-après dénommé « … »

        void hereinafter() {
            for (int i = 0; i < toks.size(); i++) {
                int after = phraseAt(i);
                if (after < 0 || after >= toks.size() || !isQuote(toks.get(after).text())) continue;
                int close = after + 1;
                while (close < toks.size() && close < after + 8 && !isQuote(toks.get(close).text())) close++;
                if (close >= toks.size() || close == after + 1 || !isQuote(toks.get(close).text())) continue;
                int s = after + 1;
                while (s < close && words.article(toks.get(s).text())) s++;
                if (s >= close) continue;
                String shortName = text.substring(toks.get(s).start(), toks.get(close - 1).end());
                Entity e = antecedent(i);
                if (e == null) continue;
                if (close - s == 1 && isAcronym(shortName)) acronyms.putIfAbsent(shortName, e);
                else {
                    shortNames.putIfAbsent(shortName, e);
                    shortFrom.putIfAbsent(shortName, toks.get(close).end());
                }
            }
        }

        /** The token after a hereinafter phrase starting at {@code i}, or -1. */
        int phraseAt(int i) {
            for (List<String> phrase : words.hereinafter()) {
                int k = i;
                boolean ok = true;
                for (String w : phrase) {
                    if (k >= toks.size() || !InstitutionLexicon.lower(toks.get(k).text()).equals(w)) {
                        ok = false;
                        break;
                    }
                    k++;
                    // "ci-après" is one token; a phrase word may also be cut at its hyphen
                }
                if (ok) return k;
            }
            return -1;
        }

        /** The entity named just before the hereinafter phrase at token {@code i} (past "(" or ","), minting one if needed. */
        Entity antecedent(int i) {
            int last = i - 1;
            while (last >= 0 && (toks.get(last).text().equals("(") || toks.get(last).text().equals(","))) last--;
            if (last < 0) return null;
            for (EntityMention m : found) if (m.end() == toks.get(last).end()) return m.entity();
            EntityMention r = registryEndingAt(last);
            if (r != null) return r.entity();
            Chain c = definedChain(last);
            if (c == null || c.kind() == null || overlapsTaken(c.first(), last)) return null;
            String name = text.substring(toks.get(c.first()).start(), toks.get(last).end());
            Entity e = minted.known(name).orElseGet(() -> minted.mint(c.kind(), name, "", "", lang,
                    text.substring(toks.get(c.first()).start(), toks.get(Math.min(toks.size() - 1, i + 6)).end())));
            e = withParent(e, c.parent() == null ? "" : c.parent());
            add(c.first(), last, e, "definition");
            return e;
        }

        // ------------------------------------------------------------------ Head + complements

        void undefinedNames() {
            for (int j = 0; j < toks.size(); j++) {
                if (taken[j] || inside[j] || startsAt[j] != null) continue;
                Chain c = chain(j, -1);
                if (c == null || c.kind() == null || c.lastStrong() < 0 || inTitleCase(j)) continue;
                int last = c.lastStrong();
                // capitalised words that are no evidence still belong to the name ("Committee on Hemispheric Security")
                while (last < c.last() && toks.get(last + 1).capitalised() && !words.connector(toks.get(last + 1).text())) last++;
                if (continuesPast(last, c.last())) continue; // "Centre régional des Nations Unies pour la paix, …": cut short
                while (!words.modifiersFirst() && last < c.last() && !toks.get(last + 1).capitalised()
                        && words.adjectiveLike(toks.get(last + 1).text())) last++;
                if (overlapsTaken(c.first(), last)) continue;
                String name = text.substring(toks.get(c.first()).start(), toks.get(last).end());
                Entity e = minted.known(name).orElseGet(() -> minted.mint(c.kind(), name, "", "", lang, name));
                e = withParent(e, c.parent() == null ? "" : c.parent());
                add(c.first(), last, e, "phrase");
                j = last;
            }
        }

        /**
         * The phrase whose head starts at token {@code j}: the head, then (head-first languages) adjectives and
         * complements, or (modifiers-first) capitalised modifiers before it and complements after. Null when no
         * head starts there. With {@code limit} &ge; 0 the phrase may not pass that token.
         */
        Chain chain(int j, int limit) {
            Head head = headAt(j);
            if (head == null) return null;
            int first = j, lastStrong = -1;
            String parent = null;
            if (words.modifiersFirst()) {
                int k = j - 1;
                while (k >= 0 && NameTokens.adjacent(text, toks.get(k), toks.get(k + 1))) {
                    Tok t = toks.get(k);
                    EntityMention ending = registryEndingAt(k);
                    if (ending != null && ending.entity().kind() == EntityKind.ORGANISATION
                            && !ending.surface().isEmpty() && Character.isUpperCase(ending.surface().charAt(0))) {
                        int s = tokenAt[ending.start()];
                        if (s < 0 || overlapsTaken(s, k)) break;
                        if (parent == null) parent = ending.entity().key();
                        first = s;
                        k = s - 1;
                        continue;
                    }
                    if (inside[k] || startsAt[k] != null || !t.word() || words.article(t.text()) || words.stop(t.text())) break;
                    if (t.capitalised()) {
                        first = k;
                    } else if (!words.connector(t.text()) || words.genitive(t.text())) {
                        break;
                    }
                    k--;
                }
                while (first < j && !toks.get(first).capitalised()) first++;
                // one capitalised word before a head is a common name in title case ("Regional Centre", "Steering
                // Committee"), and so are words of any body's name ("Technical", "Legal"); two capitals of which one
                // is no such word, or an organisation's name, make a proper one ("Military Staff Committee")
                int capitals = 0, proper = 0;
                for (int c = first; c < j; c++) {
                    if (!toks.get(c).capitalised()) continue;
                    capitals++;
                    if (!words.weak(toks.get(c).text())) proper++;
                }
                if (first < j && (parent != null || capitals >= 2 && proper >= 1)) lastStrong = j + head.words().size() - 1;
            }
            int pos = j + head.words().size();
            int last = pos - 1;
            boolean afterConnector = false;
            boolean genitiveContext = false;
            boolean inComplement = false;
            int lowerRun = 0;
            while (pos < toks.size() && (limit < 0 || pos <= limit)) {
                Tok t = toks.get(pos);
                if (!NameTokens.adjacent(text, toks.get(pos - 1), t)) break;
                EntityMention m = startsAt[pos];
                if (m != null) {
                    Tok firstWord = t;
                    boolean article = words.connector(firstWord.text()) || words.article(firstWord.text());
                    if (!afterConnector && !article || afterConnector && words.coordinator(toks.get(pos - 1).text())) break;
                    boolean location = words.location(afterConnector ? toks.get(pos - 1).text() : firstWord.text());
                    if (m.entity().kind() == EntityKind.STATE && location) break;
                    int end = tokenBefore(m.end());
                    if (limit >= 0 && end > limit) break;
                    if (parent == null && m.entity().kind() == EntityKind.ORGANISATION
                            && (genitiveContext || words.genitive(firstWord.text()))) parent = m.entity().key();
                    last = lastStrong = end;
                    pos = end + 1;
                    afterConnector = false;
                    lowerRun = 0;
                    continue;
                }
                if (!t.word()) break;
                String w = t.text();
                if (t.end() < text.length() && text.charAt(t.end()) == '/') break; // a symbol: "CD/1864", "2010/430/CFSP"
                if (Character.isDigit(w.charAt(0))) {
                    if (afterConnector || last != pos - 1 || last != lastStrong && last != j + head.words().size() - 1) break;
                    last = lastStrong = pos++; // "Agenda 2063", "by the Year 2020"
                    continue;
                }
                if (afterConnector && words.coordinator(toks.get(pos - 1).text())
                        && (words.article(w) || words.weak(w) || words.isHeadWord(w))) break;
                if (words.stop(w)) break;
                if (words.connector(w)) {
                    if (afterConnector && words.article(w)) break;
                    if (words.coordinator(w) && pos + 1 < toks.size() && words.article(toks.get(pos + 1).text())) break;
                    genitiveContext = words.genitive(w);
                    afterConnector = true;
                    inComplement = true;
                    pos++;
                    while (pos < toks.size() && (limit < 0 || pos <= limit) && words.article(toks.get(pos).text())
                            && NameTokens.adjacent(text, toks.get(pos - 1), toks.get(pos)) && startsAt[pos] == null) pos++;
                    continue;
                }
                if (words.article(w)) break;
                if (!afterConnector && !t.capitalised() && (words.modifiersFirst() || !inComplement && !words.adjectiveLike(w))) break;
                if (t.capitalised() || t.acronym()) {
                    if (!words.weak(w) && !words.isHeadWord(w) || t.acronym()) lastStrong = pos;
                    lowerRun = 0;
                } else if (++lowerRun > MAX_LOWER_RUN && limit < 0) {
                    break;
                }
                last = pos;
                afterConnector = false;
                pos++;
            }
            return new Chain(first, last, lastStrong, parent, head.kind());
        }

        Head headAt(int j) {
            String w = toks.get(j).text();
            if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) return null; // headings in capitals
            for (Head h : words.headsStartingWith(toks.get(j).text())) {
                boolean ok = j + h.words().size() <= toks.size();
                for (int k = 1; ok && k < h.words().size(); k++) {
                    ok = InstitutionLexicon.fold(toks.get(j + k).text()).equals(InstitutionLexicon.fold(h.words().get(k)));
                }
                if (ok && InstitutionLexicon.fold(toks.get(j).text()).equals(InstitutionLexicon.fold(h.words().get(0)))) return h;
            }
            return null;
        }

        /**
         * Whether token {@code j} stands in a line set in title case — a headline, a menu of a page ("Nation Adopts
         * Additional Protocol", "Secretary for Legal Affairs Office of Legal Cooperation Search"): there capitals are
         * no evidence of a name. A short line (a heading that is one name) is not taken for one.
         */
        boolean inTitleCase(int j) {
            int from = lineStart(toks.get(j).start());
            // once per line, not per candidate: a document that is one long line stays linear
            return titleCaseLines.computeIfAbsent(from, f -> lineInTitleCase(j, f));
        }

        /** The offset where the line holding {@code offset} starts, by binary search over the line breaks. */
        int lineStart(int offset) {
            if (breaks == null) breaks = lineBreaks(text);
            int at = java.util.Arrays.binarySearch(breaks, offset);
            int before = at >= 0 ? at : -at - 1; // the line breaks before offset
            return before == 0 ? 0 : breaks[before - 1] + 1;
        }

        private boolean lineInTitleCase(int j, int from) {
            int to = text.indexOf('\n', toks.get(j).end());
            if (to < 0) to = text.length();
            int k = j;
            while (k > 0 && toks.get(k - 1).start() >= from) k--;
            int all = 0, capitals = 0;
            for (; k < toks.size() && toks.get(k).end() <= to; k++) {
                Tok t = toks.get(k);
                if (!t.word() || words.connector(t.text()) || words.article(t.text())) continue;
                all++;
                if (t.capitalised()) capitals++;
            }
            return all >= TITLE_CASE_WORDS && capitals * 10 >= all * 9;
        }

        /**
         * Whether the words after a name's last proper name hold a complement: the name goes on past it, and what the
         * text names is longer than what was found ("Centre régional des Nations Unies pour la paix, …").
         */
        boolean continuesPast(int lastStrong, int last) {
            for (int k = lastStrong + 1; k < last; k++) if (words.connector(toks.get(k).text())) return true;
            return false;
        }

        // ------------------------------------------------------------------ later uses

        void laterUses() {
            for (int i = 0; i < toks.size(); i++) {
                if (taken[i] || inside[i] || startsAt[i] != null) continue;
                Tok t = toks.get(i);
                Entity e = acronyms.get(t.text());
                if (e != null) {
                    add(i, i, e, "acronym");
                    continue;
                }
                for (Map.Entry<String, Entity> s : shortNames.entrySet()) {
                    if (t.start() < shortFrom.get(s.getKey())) continue;
                    int last = matches(i, s.getKey());
                    if (last < 0 || i == 0 || !words.article(toks.get(i - 1).text()) && !words.connector(toks.get(i - 1).text())) continue;
                    if (overlapsTaken(i, last)) continue;
                    add(i, last, s.getValue(), "short-name");
                    break;
                }
            }
        }

        /** The last token of {@code phrase} when its words start at token {@code i}, else -1. */
        int matches(int i, String phrase) {
            List<Tok> ph = shortTokens.computeIfAbsent(phrase, NameTokens::of);
            if (i + ph.size() > toks.size()) return -1;
            for (int k = 0; k < ph.size(); k++) {
                if (!toks.get(i + k).text().equals(ph.get(k).text())) return -1;
            }
            int last = i + ph.size() - 1;
            return last + 1 < toks.size() && toks.get(last + 1).word() && !words.connector(toks.get(last + 1).text())
                    && toks.get(last + 1).capitalised() ? -1 : last;
        }

        // ------------------------------------------------------------------ helpers

        /**
         * Whether a minted name opens with a registry name of the same kind: the text names a known entity in a
         * longer form ("la Convention de la CEDEAO sur les Armes Légères et de Petit Calibre, leurs Munitions …"),
         * and the registry stays the authority on it.
         */
        boolean namesRegistryEntityAtItsStart(EntityMention m) {
            if (!MintedEntities.isMinted(m.entity())) return false;
            int i = EntityMention.countStartingBefore(registry, m.start());
            for (; i < registry.size() && registry.get(i).start() == m.start(); i++) {
                EntityMention r = registry.get(i);
                if (r.entity().kind() == m.entity().kind() && r.end() <= m.end()) return true;
            }
            return false;
        }

        EntityMention registryEndingAt(int last) {
            int end = toks.get(last).end();
            for (int k = last; k >= 0 && k > last - WINDOW; k--) {
                EntityMention m = startsAt[k];
                if (m != null) return m.end() == end ? m : null;
                if (!inside[k]) return null;
            }
            return null;
        }

        int tokenBefore(int end) {
            int k = tokenAt[Math.max(0, end - 1)];
            int at = end - 1;
            while (k < 0 && at > 0) k = tokenAt[--at];
            return k;
        }

        boolean overlapsTaken(int first, int last) {
            for (int k = first; k <= last; k++) if (taken[k]) return true;
            return false;
        }

        void add(int first, int last, Entity e, String form) {
            int s = toks.get(first).start(), end = toks.get(last).end();
            if (last + 1 < toks.size() && toks.get(last + 1).text().equals(")") && form.equals("definition")) {
                end = toks.get(last + 1).end();
            }
            for (int k = first; k <= last; k++) taken[k] = true;
            found.add(new EntityMention(s, end, text.substring(s, end), e, MintedEntities.isMinted(e) ? "minted-" + form : form));
        }

        Entity withParent(Entity e, String parent) {
            if (parent.isEmpty() || !MintedEntities.isMinted(e) || !e.parentKey().isEmpty() || parent.equals(e.key())) return e;
            return new Entity(e.kind(), e.key(), e.labelFr(), e.labelEn(), e.subKind(), parent, e.aliases(), e.properties());
        }
    }

    private static int[] lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        int[] at = new int[count];
        for (int i = 0, k = 0; i < text.length(); i++) if (text.charAt(i) == '\n') at[k++] = i;
        return at;
    }

    /** An acronym a text may define: 2 to 12 characters, mostly capitals, not a Roman numeral or a number. */
    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 12 || s.matches("[IVXLCDM]+") || !Character.isUpperCase(s.charAt(0))) return false;
        return new Tok(s, 0, s.length()).acronym() && !s.matches(".*\\d.*\\d.*\\d.*");
    }

    private static boolean isQuote(String s) {
        return s.equals("«") || s.equals("»") || s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("‘")
                || s.equals("’") || s.equals("'");
    }
}
