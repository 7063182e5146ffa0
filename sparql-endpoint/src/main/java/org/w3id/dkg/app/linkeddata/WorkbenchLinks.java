package org.w3id.dkg.app.linkeddata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Links from an entity's page to the workbench's views of it — the map of an instrument's
 * signatories, the timeline of a State's actions — as shared workbench addresses
 * ({@code /#lib=QUESTION&PARAM=KEY&view=VIEW}). Which question and view for which kind of
 * entity is data ({@code dkg/pages/workbench-links.tsv}).
 */
final class WorkbenchLinks {
    private record Link(String kind, String question, String parameter, String view, String label) {}

    private static final List<Link> LINKS = read("/dkg/pages/workbench-links.tsv");

    private WorkbenchLinks() {}

    /** Writes the links for an entity of {@code kind} with {@code key}; nothing when none applies. */
    static void render(Html html, String kind, String key) {
        List<Link> links = LINKS.stream().filter(l -> l.kind().equals(kind)).toList();
        if (links.isEmpty() || key == null) {
            return;
        }
        html.open("p", "class", "views").text("Workbench: ");
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            if (i > 0) {
                html.text(" · ");
            }
            html.link("/#lib=" + l.question() + "&" + l.parameter() + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                    + "&view=" + l.view(), l.label());
        }
        html.close("p").newline();
    }

    private static List<Link> read(String resource) {
        List<Link> links = new ArrayList<>();
        try (InputStream in = WorkbenchLinks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 5) {
                    throw new IllegalStateException(resource + ":" + n + ": expected kind, question, parameter, view, label: " + line);
                }
                links.add(new Link(c[0], c[1], c[2], c[3], c[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return links;
    }
}
