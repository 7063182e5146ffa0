package org.w3id.dkg.loader.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.w3id.dkg.loader.data.DataFormatException;
import org.w3id.dkg.loader.data.TsvTable;

/**
 * Everything dkg knows of one language, as a plug-in found by {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/org.w3id.dkg.loader.language.LanguagePack}): the words and
 * forms the stages read — sentence ends and abbreviations ({@code abbreviations.txt}), document
 * structure markers ({@code structure.properties}: original-language and date lines, reply headings),
 * dates ({@code months.tsv}, {@code date-forms.tsv}), amounts and number words ({@code currencies.tsv},
 * {@code amount-words.tsv}, {@code numbers.tsv}), back-references ({@code back-references.tsv}), the
 * subjects that refer to a respondent ({@code subjects.txt}), the kinds of document
 * ({@code document-types.tsv}), the other phrasings of {@link #lexicon()} — and the rule files of each
 * fact family. The stages hold no word of any language themselves, so that English is one more pack and
 * its data files, not a change to the pipeline. What cannot be a list (ordinal numbers written out) is a
 * method of the pack.
 *
 * <p>A pack's data lives in resource files: {@code /dkg/language/{tag}/...} for the language's own
 * lexicons, and beside each fact family's classes for its rules ({@code roles.fr.tsv}).
 */
public interface LanguagePack {
    /** The BCP 47 tag of the language ({@code fr}), as written in {@code dcterms:language} and RDF literals. */
    String tag();

    /** The name of the language in English, for messages. */
    String name();

    /**
     * The number an ordinal written out in a name stands for ("septième" → 7, "soixante-dix-septième" → 77,
     * "seventh" → 7), found anywhere in {@code label}; null when it has none.
     */
    Integer ordinal(String label);

    /** The class-path resource {@code name} of this language's lexicons: {@code /dkg/language/fr/months.tsv}. */
    default String resource(String name) {
        return "/dkg/language/" + tag() + "/" + name;
    }

    /**
     * The rule file {@code base} of a fact family in this language, beside the family's classes:
     * {@code rules(RoleFamily.class, "roles")} is {@code /org/w3id/dkg/loader/family/role/roles.fr.tsv}.
     */
    default String rules(Class<?> family, String base) {
        return "/" + family.getPackageName().replace('.', '/') + "/" + base + "." + tag() + ".tsv";
    }

    /** The phrasings of {@code lexicon.tsv}. */
    default Lexicon lexicon() {
        return new Lexicon(resource("lexicon.tsv"));
    }

    /** A table of this language ({@code months.tsv}). */
    default TsvTable table(String name) {
        return TsvTable.read(resource(name));
    }

    /** The non-blank, non-comment lines of a text resource of this language ({@code subjects.txt}), stripped. */
    default List<String> lines(String name) {
        String resource = resource(name);
        List<String> lines = new ArrayList<>();
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) throw new DataFormatException("language resource not found: " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) lines.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return lines;
    }

    /** A properties resource of this language ({@code structure.properties}). */
    default Properties properties(String name) {
        String resource = resource(name);
        Properties p = new Properties();
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) throw new DataFormatException("language resource not found: " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return p;
    }
}
