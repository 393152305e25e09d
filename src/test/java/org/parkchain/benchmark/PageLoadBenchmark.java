package org.parkchain.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkchain.devserver.PayaraProcess;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * {@code ./mvnw -Pbenchmark} (the other benchmarks skipped with their {@code bench.skip*} flags): pages under load.
 * {@code bench.pages.sessions} (50) demo users of every role log in through the login form, each on its own session,
 * and ask for their role's pages and API reads by {@link PageMix}'s weights with no think time, for
 * {@code bench.pages.warmup} seconds (20, not counted) and then {@code bench.pages.seconds} (60). Reported: requests
 * per second and p50/p95/p99 per page, the response and view-state sizes, the application's CPU per request, and its
 * live heap per session after each session has opened every page of its role once, after the run, and what the
 * sessions held (after the run less after every session logged out; the first two also count what the load itself
 * grew, such as the server's connection buffers), each after a full collection through {@code jcmd}, with the classes
 * that grew most.
 *
 * <p>{@code -Dbench.pages.url=http://localhost:8080[,http://localhost:8081]} runs against nodes started elsewhere on
 * this machine (e.g. {@code ./mvnw -Prun}); sessions are spread over them in turn and stay on their node. Without it
 * {@code bench.pages.nodes} (1) nodes are started, one after the other, on one fresh database with the demo park.
 */
public final class PageLoadBenchmark {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private PageLoadBenchmark() {
    }

    /** One node: where it answers and its JVM, when it runs on this machine. */
    record Node(String baseUrl, Optional<JvmProbe> jvm) {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("bench.pages.sessions", 50);
        int warmup = Integer.getInteger("bench.pages.warmup", 20);
        int seconds = Integer.getInteger("bench.pages.seconds", 60);
        String urls = System.getProperty("bench.pages.url");
        List<PayaraProcess> started = new ArrayList<>();
        try {
            if (urls == null) {
                // one after the other on one database: the first creates the keys and the demo park, the rest join
                for (int i = 0; i < Integer.getInteger("bench.pages.nodes", 1); i++) {
                    started.add(BenchApps.start("bench_pages", Map.of()));
                }
                urls = String.join(",", started.stream().map(PayaraProcess::baseUrl).toList());
            }
            List<Node> nodes = new ArrayList<>();
            for (String url : urls.split(",")) {
                Optional<JvmProbe> jvm = JvmProbe.servingPort(URI.create(url.trim()).getPort());
                if (jvm.isEmpty()) {
                    System.out.println("no Payara Micro process serving " + url + " on this machine: no CPU and heap");
                }
                nodes.add(new Node(url.trim(), jvm));
            }
            String report = run(nodes, sessions, warmup, seconds);
            Path out = Path.of("target", "benchmarks", "page-load.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        } finally {
            started.forEach(PayaraProcess::close);
        }
    }

    static String run(List<Node> nodes, int sessions, int warmup, int seconds) throws Exception {
        // every role's pages a few times on sessions of their own: the JIT, the caches, the first views
        for (Node n : nodes) {
            for (PageMix.User u : PageMix.users(7)) {
                WebClient c = logIn(n.baseUrl(), u);
                for (int i = 0; i < 5; i++) {
                    u.pages().forEach(p -> c.get(p.path()));
                }
            }
        }
        List<JvmProbe.Heap> before = heaps(nodes);
        List<PageMix.User> users = PageMix.users(sessions);
        List<WebClient> clients = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            clients.add(logIn(nodes.get(i % nodes.size()).baseUrl(), users.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            List<Future<?>> walks = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                PageMix.User u = users.get(i);
                WebClient c = clients.get(i);
                walks.add(pool.submit(() -> u.pages().forEach(p -> c.get(p.path()))));
            }
            for (Future<?> f : walks) {
                f.get();
            }
            List<JvmProbe.Heap> after = heaps(nodes);
            Latencies ignored = load(pool, users, clients, warmup);
            long[] cpuBefore = cpu(nodes);
            long start = System.nanoTime();
            Latencies measured = load(pool, users, clients, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] cpuAfter = cpu(nodes);
            List<JvmProbe.Heap> loaded = heaps(nodes);
            for (WebClient c : clients) {
                HttpResponse<String> out = c.logout("/account/index.xhtml");
                if (out.statusCode() != 302) {
                    throw new IllegalStateException("logout answered " + out.statusCode());
                }
            }
            List<JvmProbe.Heap> loggedOut = heaps(nodes);
            return PageLoadReport.markdown(nodes, sessions, seconds, measured.figures(elapsed), cpuBefore, cpuAfter,
                    List.of(before, after, loaded, loggedOut), ignored.total());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every session asks for its role's pages by weight, one after another, for {@code seconds}. */
    private static Latencies load(ExecutorService pool, List<PageMix.User> users, List<WebClient> clients,
                                  int seconds) throws Exception {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            PageMix.User u = users.get(i);
            WebClient c = clients.get(i);
            Random random = new Random(i);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    PageMix.Page p = u.next(random);
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = c.get(p.path());
                    long took = System.nanoTime() - t0;
                    Matcher vs = VIEW_STATE.matcher(r.body());
                    latencies.record(p.path(), took, r.statusCode() == 200, r.body().getBytes(
                            java.nio.charset.StandardCharsets.UTF_8).length, vs.find() ? vs.group(1).length() : 0);
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return latencies;
    }

    private static WebClient logIn(String baseUrl, PageMix.User u) {
        WebClient c = new WebClient(baseUrl);
        HttpResponse<String> r = c.login(u.username(), RunningApp.DEMO_PASSWORD);
        if (r.statusCode() != 302) {
            throw new IllegalStateException(u.username() + " could not log in on " + baseUrl + ": " + r.statusCode());
        }
        return c;
    }

    private static List<JvmProbe.Heap> heaps(List<Node> nodes) throws Exception {
        List<JvmProbe.Heap> heaps = new ArrayList<>();
        for (Node n : nodes) {
            heaps.add(n.jvm().isPresent() ? n.jvm().get().liveHeap() : null);
        }
        return heaps;
    }

    private static long[] cpu(List<Node> nodes) {
        return nodes.stream().mapToLong(n -> n.jvm().map(JvmProbe::cpuMillis).orElse(0L)).toArray();
    }

    static String locale(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
