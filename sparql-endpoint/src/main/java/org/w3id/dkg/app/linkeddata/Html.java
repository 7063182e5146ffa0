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

    /** Starts a page with its title (escaped) and dkg's small style sheet. */
    public static Html page(String title) {
        Html html = new Html();
        html.out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
        html.text(title);
        html.out.append("</title><style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}"
                + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}"
                + "blockquote{border-left:3px solid #aac;margin:.3em 0;padding-left:.6em}.muted{color:#666}"
                + "pre{white-space:pre-wrap}</style></head>\n<body>\n");
        return html;
    }

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

    public Html newline() {
        out.append('\n');
        return this;
    }

    /** Ends the page and returns it. */
    public String end() {
        out.append("\n</body>\n</html>\n");
        return out.toString();
    }

    /** The HTML escape of {@code text} ({@code &}, {@code <}, {@code >}, quotes). */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
