package org.w3id.dkg.loader.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.w3id.dkg.loader.BadDocumentException;

/**
 * The text of an HTML page (jsoup), without its markup: scripts, styles, navigation, headers,
 * footers, asides and forms are dropped; each block (heading, paragraph, list item, table cell,
 * quotation) becomes a paragraph of its own, separated by a blank line, and a {@code <br>} a line
 * break. The page's charset is the one it declares, UTF-8 when it declares none.
 */
final class HtmlText {
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, svg, iframe, button";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "dt", "dd", "blockquote", "pre", "tr", "td", "th", "caption", "figcaption", "address", "table", "ul",
            "ol", "dl", "body", "title");

    private HtmlText() {}

    static String extract(Path file, byte[] bytes) throws BadDocumentException {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, file.toUri().toString());
        } catch (IOException e) {
            throw new BadDocumentException(file, "is not a readable HTML page (" + e.getMessage() + ")", e);
        }
        page.select(DROPPED).remove();
        StringBuilder out = new StringBuilder();
        page.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text().replaceAll("\\s+", " ");
                    if (!s.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != '\n' && !s.isEmpty())) {
                        out.append(s);
                    }
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        String text = out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return text.isEmpty() ? "" : text + "\n";
    }
}
