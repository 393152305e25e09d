package org.parkchain.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's JVM seen from outside, for a page-load run against a node started elsewhere: its process (found
 * by the port it serves), its CPU time, and its live heap after a full collection ({@code jcmd GC.class_histogram},
 * which collects first and then counts every live object), with the classes that hold most of it.
 */
final class JvmProbe {
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Live bytes after a full collection, in all and per class. */
    record Heap(long liveBytes, java.util.Map<String, Long> byClass) {
    }

    private final ProcessHandle process;

    JvmProbe(ProcessHandle process) {
        this.process = process;
    }

    /** The Payara Micro process serving {@code port} on this machine ({@code --port} on its command line). */
    static Optional<JvmProbe> servingPort(int port) {
        return ProcessHandle.allProcesses().filter(p -> {
            List<String> args = p.info().arguments().map(List::of).orElse(List.of());
            int i = args.indexOf("--port");
            return args.stream().anyMatch(a -> a.contains("payara-micro")) && i >= 0 && i + 1 < args.size()
                    && args.get(i + 1).equals(String.valueOf(port));
        }).findFirst().map(JvmProbe::new);
    }

    long pid() {
        return process.pid();
    }

    long cpuMillis() {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    Heap liveHeap() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("jcmd " + process.pid() + " GC.class_histogram failed: " + out);
        }
        Matcher total = TOTAL.matcher(out);
        if (!total.find()) {
            throw new IOException("no total in the class histogram of " + process.pid());
        }
        java.util.Map<String, Long> byClass = new java.util.HashMap<>();
        Matcher row = ROW.matcher(out);
        while (row.find()) {
            byClass.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
        }
        return new Heap(Long.parseLong(total.group(2)), byClass);
    }
}
