package org.parkchain.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Payara Micro in its own process, serving the ParkChain WAR at the root context. */
public final class PayaraProcess implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PayaraProcess.class.getName());

    static final int DEFAULT_HTTP_THREADS = 16;
    /**
     * The JVM's options: a heap of 1 GB and the parallel collector, which cost the pages less CPU than G1 on a 2-core
     * node (docs/benchmarks.md, "Pages under load", step 5).
     */
    static final String DEFAULT_JAVA_OPTIONS = "-Xmx1g -XX:+UseParallelGC";

    private final Process process;
    private final int port;

    private PayaraProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * The HTTP worker threads: {@code PARKCHAIN_HTTP_THREADS} / parkchain.http.threads, default
     * {@value #DEFAULT_HTTP_THREADS}. Payara's own default (up to 200) lets every waiting request run at once; on a
     * small machine they then slow each other down (measured in docs/benchmarks.md, "Pages under load", step 4).
     */
    static int httpThreads() {
        String value = ParkChainServer.setting("parkchain.http.threads", Integer.toString(DEFAULT_HTTP_THREADS));
        int threads = Integer.parseInt(value.trim());
        if (threads < 1) {
            throw new IllegalArgumentException("parkchain.http.threads must be at least 1: " + value);
        }
        return threads;
    }

    /**
     * The JVM's options, separated by blanks: {@code PARKCHAIN_JAVA_OPTIONS} / parkchain.java.options, default
     * {@value #DEFAULT_JAVA_OPTIONS} (replaced as a whole).
     */
    static List<String> javaOptions() {
        String value = ParkChainServer.setting("parkchain.java.options", DEFAULT_JAVA_OPTIONS);
        return Arrays.stream(value.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }

    /**
     * Starts {@code java <javaOptions> -jar payara-micro.jar --deploy war --contextroot / --port port --nocluster} with
     * {@link #httpThreads()} HTTP worker threads.
     *
     * @param log file for the server's output, or null to share this console
     */
    public static PayaraProcess start(Path microJar, Path war, int port, Map<String, String> environment,
                                      Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions());
        command.add("-jar");
        command.add(microJar.toString());
        command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/", "--port", Integer.toString(port),
                "--nocluster", "--nohostaware"));
        String threads = Integer.toString(httpThreads());
        command.addAll(List.of("--minHttpThreads", threads, "--maxHttpThreads", threads));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        if (log == null) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        } else {
            builder.redirectOutput(log.toFile());
        }
        try {
            LOG.info(() -> "Starting Payara Micro on port " + port + (log == null ? "" : ", log in " + log));
            return new PayaraProcess(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("Payara Micro did not start", e);
        }
    }

    /** Waits until the database readiness check and the start page both answer 200. */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue());
            }
            if (status(http, "/health/ready") == 200 && status(http, "/") == 200) {
                return;
            }
            sleep(500);
        }
        throw new IllegalStateException("ParkChain was not ready within " + timeout);
    }

    private int status(HttpClient http, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(10)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Kills the server at once (SIGKILL on Linux), as a crash or {@code kill -9} would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The server's process (for its CPU time in benchmarks). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        LOG.info("Payara Micro stopped");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
