package org.w3id.dkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on: cores, memory, CPU model, load, Java; figures mean little without it. */
public final class MachineInfo {
    private MachineInfo() {}

    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nproc", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal:").replaceAll("\\s+", " "));
        m.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name").replaceFirst("model name\\s*:\\s*", ""));
        m.put("load average (at start)", read(Path.of("/proc/loadavg")));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("java -version", javaVersion());
        return m;
    }

    public static String loadAverage() {
        return read(Path.of("/proc/loadavg"));
    }

    private static String firstLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("?").trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private static String javaVersion() {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return out.replace('\n', ';').replace("\r", "");
        } catch (Exception e) {
            return System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
        }
    }
}
