package org.w3id.dkg.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.w3id.dkg.app.cli.CompactCommand;
import org.w3id.dkg.app.cli.EvaluateCommand;
import org.w3id.dkg.app.cli.ExportCommand;
import org.w3id.dkg.app.cli.ExtractCommand;
import org.w3id.dkg.app.cli.LoadCommand;
import org.w3id.dkg.app.cli.QueryCommand;
import org.w3id.dkg.app.cli.ReindexCommand;
import org.w3id.dkg.app.cli.ServeCommand;
import org.w3id.dkg.app.cli.StatsCommand;
import org.w3id.dkg.app.cli.UserError;
import org.w3id.dkg.app.cli.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dkg}: the one entry point of the application jar. Each subcommand does one job;
 * only {@code serve} starts Spring Boot, so the others start in well under a second.
 *
 * <p>Exit codes (design.md): 0 ok, 1 a check failed (e.g. SHACL violations), 2 bad usage
 * or bad input (unknown option, missing file, unreadable document, locked store).
 */
@Command(name = "dkg", mixinStandardHelpOptions = true, version = "dkg 0.1.0",
        description = "The disarmament knowledge graph: load UN reports, query and serve the graph.",
        subcommands = {ServeCommand.class, LoadCommand.class, ExtractCommand.class, QueryCommand.class,
                StatsCommand.class, ExportCommand.class, ValidateCommand.class, EvaluateCommand.class,
                ReindexCommand.class, CompactCommand.class, CommandLine.HelpCommand.class})
public final class DkgMain implements Runnable {
    /** Success. */
    public static final int OK = 0;
    /** A check failed. */
    public static final int FAILED = 1;
    /** Bad usage or bad input. */
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    public DkgMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Where command output goes (stdout when run from the shell). */
    public PrintStream out() {
        return out;
    }

    /** Where messages and errors go (stderr when run from the shell). */
    public PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        spec.commandLine().usage(err);
        throw new UserError("a command is required");
    }

    public static void main(String[] args) {
        int code = run(System.out, System.err, args);
        if (!"serve".equals(args.length > 0 ? args[0] : "") || code != OK) {
            System.exit(code);
        }
    }

    /** Runs {@code dkg args} writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new DkgMain(out, err));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> e instanceof UserError || e instanceof CommandLine.ParameterException
                ? BAD_INPUT : FAILED);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError || e instanceof IllegalArgumentException) {
                commandLine.getErr().println(prefix(commandLine) + e.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println(prefix(commandLine) + "failed: " + e);
            return FAILED;
        });
        return cli.execute(args);
    }

    private static String prefix(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return "dkg".equals(name) ? "dkg: " : "dkg " + name + ": ";
    }
}
