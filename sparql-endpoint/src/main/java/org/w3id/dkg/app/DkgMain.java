package org.w3id.dkg.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.w3id.dkg.app.cli.Commands;
import org.w3id.dkg.app.cli.ExitCodes;
import org.w3id.dkg.app.cli.Streams;
import org.w3id.dkg.app.cli.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dkg}: the one entry point of the application jar. Each subcommand does one job;
 * only {@code serve} starts Spring Boot, so the others start in well under a second.
 * Here the commands are assembled — each given the streams it writes to — and their
 * failures turned into exit codes ({@link ExitCodes}): 0 ok, 1 a check failed (e.g. SHACL
 * violations), 2 bad usage or bad input (unknown option, missing file, unreadable document,
 * locked store).
 */
@Command(name = "dkg", mixinStandardHelpOptions = true, version = "dkg 0.1.0",
        description = "The disarmament knowledge graph: load UN reports, query and serve the graph.")
public final class DkgMain implements Runnable {
    @Spec
    CommandSpec spec;

    private DkgMain() {}

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new UserError("a command is required");
    }

    public static void main(String[] args) {
        int code = run(System.out, System.err, args);
        if (!"serve".equals(args.length > 0 ? args[0] : "") || code != ExitCodes.OK) {
            System.exit(code);
        }
    }

    /** Runs {@code dkg args} writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new DkgMain());
        Commands.all(new Streams(out, err)).forEach(cli::addSubcommand);
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> e instanceof UserError || e instanceof CommandLine.ParameterException
                ? ExitCodes.BAD_INPUT : ExitCodes.FAILED);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError || e instanceof IllegalArgumentException) {
                commandLine.getErr().println(prefix(commandLine) + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            commandLine.getErr().println(prefix(commandLine) + "failed: " + e);
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }

    private static String prefix(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return "dkg".equals(name) ? "dkg: " : "dkg " + name + ": ";
    }
}
