package org.parkchain.testsupport;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.parkchain.identity.entity.CreditCode;

/**
 * Business transactions through the REST API: the park admin registers participants ("Load n Ltd.") from several
 * HTTP clients at once, each with its own session.
 */
public final class ParticipantLoad {
    private static final AtomicInteger SERIAL = new AtomicInteger(100_000);
    private final String baseUrl;
    private final int threads;

    /** Called every 50 successful registrations with the number done so far. */
    @FunctionalInterface
    public interface Progress {
        void at(int done) throws Exception;
    }

    public ParticipantLoad(String baseUrl, int threads) {
        this.baseUrl = baseUrl;
        this.threads = threads;
    }

    public static String newCreditCode() {
        return CreditCode.complete(String.format("91330100%09d", SERIAL.incrementAndGet() * 7L % 1_000_000_000L));
    }

    public static WebClient loggedIn(String baseUrl, String user) {
        WebClient client = new WebClient(baseUrl);
        HttpResponse<String> login = client.login(user, RunningApp.DEMO_PASSWORD);
        if (login.statusCode() != 302) {
            throw new IllegalStateException(user + " could not log in: " + login.statusCode());
        }
        return client;
    }

    /**
     * @param serverGone answers true when a failed request is expected (the server was killed on purpose): the
     *                   load then stops instead of failing
     * @return registrations that the server confirmed
     */
    public int register(int total, Progress progress, BooleanSupplier serverGone) throws Exception {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    WebClient admin = loggedIn(baseUrl, "admin");
                    while (!stop.get() && attempts.incrementAndGet() <= total) {
                        int n = SERIAL.incrementAndGet();
                        String body = "{\"type\":\"LARGE_USER\",\"nameEn\":\"Load " + n + " Ltd.\",\"nameZh\":\"负载"
                                + n + "\",\"creditCode\":\"" + newCreditCode() + "\"}";
                        try {
                            HttpResponse<String> r = admin.postJson("/api/participants", body, null, null);
                            if (r.statusCode() != 201) {
                                throw new IllegalStateException(r.statusCode() + " " + r.body());
                            }
                            int d = done.incrementAndGet();
                            if (d % 50 == 0) {
                                progress.at(d);
                            }
                        } catch (IllegalStateException e) {
                            if (!serverGone.getAsBoolean()) {
                                throw e;
                            }
                            stop.set(true); // requests in flight at the kill may or may not have committed
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }
}
