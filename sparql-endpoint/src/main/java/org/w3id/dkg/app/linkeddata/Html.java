package org.w3id.dkg.app.linkeddata;

import org.springframework.web.util.HtmlUtils;

/**
 * A small HTML writer whose only way to put text or an attribute value on the page is
 * through Spring's HTML escaper: document text (which may hold {@code <script>}), labels
 * and IRIs cannot inject markup. Tag names and attribute names are constants of the
 * callers, never data.
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /**
     * Starts a page with its title (escaped), dkg's style sheet and the header every page has:
     * the search box (suggestions from {@code /api/search}, by {@code /assets/page.js}) and
     * links to the workbench and the ontology.
     */
    public static Html page(String title) {
        Html html = new Html();
        html.out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
        html.text(title);
        html.out.append("</title><link rel=\"stylesheet\" href=\"/assets/style.css\"><link rel=\"icon\" href=\"data:,\">")
                .append("<script type=\"module\" src=\"/assets/page.js\"></script></head>\n<body>\n")
                .append(HEADER).append("<main>\n");
        return html;
    }

    private static final String HEADER = """
            <header class="top"><a class="brand" href="/">dkg</a>
            <form id="search-form" class="search" role="search" action="/api/search">
            <label for="search" class="visually-hidden">Rechercher / Search</label>
            <input id="search" name="q" type="search" autocomplete="off" role="combobox" aria-autocomplete="list"
             aria-expanded="false" aria-controls="suggestions" placeholder="Rechercher un État, une organisation, un traité, une citation…">
            <ul id="suggestions" role="listbox" aria-label="Suggestions" hidden></ul></form>
            <nav aria-label="Liens"><a href="/#sparql">SPARQL</a> <a href="/ontology">ontologie</a> <a href="/void">VoID</a></nav></header>
            """;

    /** Opens {@code <tag>} with attributes given as name, value pairs (values escaped). */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag>text</tag>}, the text escaped. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link; the address and the text are escaped. */
    public Html link(String href, String text) {
        return element("a", text, "href", href);
    }

    /** Escaped text. */
    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written by the caller (constants only, never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    public Html newline() {
        out.append('\n');
        return this;
    }

    /** Ends the page and returns it. */
    public String end() {
        out.append("\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The HTML escape of {@code text} ({@code &}, {@code <}, {@code >}, quotes). */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
