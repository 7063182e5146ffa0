package org.w3id.dkg.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the comment header of a query file: the leading lines that start with {@code #}. */
final class QueryHeader {
    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** {@code name (options) — description}; the separator may be an em or en dash, or a spaced hyphen. */
    private static final Pattern PARAM = Pattern.compile(
            "^\\??([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(([^)]*)\\))?\\s*(?:(?:—|–|\\s-|:)\\s*(.*))?$");

    private QueryHeader() {}

    static LibraryQuery parse(String name, String text) {
        String title = null;
        List<String> description = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "description" -> {
                    if (!value.isEmpty()) {
                        description.add(value);
                    }
                }
                default -> params.add(param(name, value));
            }
        }
        return new LibraryQuery(name, title == null || title.isEmpty() ? name : title,
                String.join(" ", description), params, text);
    }

    private static Param param(String queryName, String value) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(queryName + ": bad '# param:' line: '" + value
                    + "' (expected 'name [(iri|literal)[, required]] — description')");
        }
        Param.Kind kind = Param.Kind.LITERAL;
        boolean required = false;
        if (m.group(2) != null) {
            for (String option : m.group(2).split(",")) {
                switch (option.strip().toLowerCase(Locale.ROOT)) {
                    case "iri" -> kind = Param.Kind.IRI;
                    case "literal", "" -> kind = kind == Param.Kind.IRI ? kind : Param.Kind.LITERAL;
                    case "required" -> required = true;
                    default -> throw new IllegalArgumentException(queryName + ": unknown option '" + option.strip()
                            + "' in '# param: " + value + "' (known: iri, literal, required)");
                }
            }
        }
        String description = m.group(3) == null ? "" : m.group(3).strip();
        if (description.toLowerCase(Locale.ROOT).contains("(required)")) {
            required = true;
        }
        return new Param(m.group(1), kind, required, description);
    }
}
