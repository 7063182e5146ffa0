package org.w3id.dkg.app.cli;

import java.io.PrintStream;

/**
 * Where a command writes: {@code out} for what it was asked for (query answers, RDF, reports), {@code err}
 * for progress and messages. Given to each command when the command line is built, so a command needs
 * nothing from its parent, and a test can capture both.
 */
public record Streams(PrintStream out, PrintStream err) {}
