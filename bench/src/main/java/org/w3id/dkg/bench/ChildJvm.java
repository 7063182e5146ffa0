package org.w3id.dkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the other JVMs of a benchmark (loaders, servers) and keeps them bounded: every run has a time
 * limit, and a server is stopped by its own process handle, gracefully first. Output goes to a log file
 * under the work folder, from which {@code KEY=VALUE} figures are read back.
 */
public final class ChildJvm {
    private static final Pattern KV = Pattern.compile("(\\w+)=(\\S+)");

    private final String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String classpath;

    public ChildJvm(String classpath) {
        this.classpath = classpath;
    }

    /** {@code java OPTIONS -cp <bench class path> org.w3id.dkg.bench.HeapProbe MAIN ARGS...}. */
    public List<String> probed(List<String> jvmOptions, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin);
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(HeapProbe.class.getName());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** {@code java OPTIONS -jar JAR ARGS...}. */
    public List<String> jar(List<String> jvmOptions, Path jar, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin);
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** What a finished run printed and how it ended. */
    public record Outcome(int exitCode, boolean timedOut, double wallSeconds, Map<String, String> figures, String log) {}

    /** Runs {@code cmd} to its end, or kills it after {@code timeoutSeconds}. */
    public Outcome run(List<String> cmd, Path log, long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            stop(p);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        String text = Files.readString(log);
        Map<String, String> figures = new HashMap<>();
        for (String line : text.split("\\R")) {
            if (line.startsWith("BENCH ") || line.startsWith("LOADED ") || line.startsWith("EXPORTED ")) {
                Matcher m = KV.matcher(line);
                while (m.find()) figures.put(m.group(1), m.group(2));
            }
        }
        return new Outcome(done ? p.exitValue() : -1, !done, wall, figures, text);
    }

    /** Starts a server, its output to {@code log}, environment plus {@code env}. */
    public Process start(List<String> cmd, Path log, Map<String, String> env) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(new HashMap<>(env));
        return pb.start();
    }

    /** Stops a process this benchmark started: SIGTERM, then SIGKILL after 20 s. */
    public static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
