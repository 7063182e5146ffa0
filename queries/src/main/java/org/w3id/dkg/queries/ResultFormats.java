package org.w3id.dkg.queries;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes query answers in the formats people and programs ask for: an aligned text
 * table for reading in a terminal, and the standard SPARQL CSV, TSV and JSON result
 * formats for programs. Graph answers (CONSTRUCT, DESCRIBE) are written as Turtle,
 * or as JSON-LD when JSON is asked for.
 */
public final class ResultFormats {
    private ResultFormats() {}

    /** A sink writing each answer to {@code out} in {@code format}. */
    public static ResultSink writer(ResultFormat format, OutputStream out) {
        return writer(format, out, PrefixMapping.Standard);
    }

    /** As {@link #writer(ResultFormat, OutputStream)}; the table abbreviates IRIs with {@code prefixes}. */
    public static ResultSink writer(ResultFormat format, OutputStream out, PrefixMapping prefixes) {
        return new ResultSink() {
            @Override
            public void select(ResultSet results) {
                write(format, results, out, prefixes);
            }

            @Override
            public void ask(boolean answer) {
                switch (format) {
                    case TABLE -> print(out, answer ? "yes" : "no");
                    case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                    case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                    case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                }
            }

            @Override
            public void graph(Model model) {
                model.setNsPrefixes(prefixes);
                if (format == ResultFormat.JSON) {
                    RDFDataMgr.write(out, model, RDFFormat.JSONLD_PRETTY);
                } else {
                    RDFDataMgr.write(out, model, Lang.TURTLE);
                }
            }
        };
    }

    /** Writes a result set in {@code format}. */
    public static void write(ResultFormat format, ResultSet results, OutputStream out, PrefixMapping prefixes) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results, prefixes);
            case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
        }
    }

    private static void print(OutputStream out, String line) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        ps.println(line);
        ps.flush();
    }
}
