package org.parkchain.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parkchain.devserver.PayaraProcess;
import org.parkchain.testsupport.ParticipantLoad;

/**
 * {@code ./mvnw -Pbenchmark}: the ledger mirror on the embedded ledger, measured end to end on the real application.
 * One run, three phases on one PostgreSQL server: (A) business transactions (participant registrations through the
 * REST API, 4 clients) with the mirror worker off, (B) the same load with the mirror on, then lag percentiles of
 * B's entries, (C) the application restarted with the mirror on over A's backlog, timing the drain. Prints a
 * Markdown table for docs/benchmarks.md (also written to target/benchmarks/mirror.md).
 */
public final class MirrorBenchmark {
    private static final int THREADS = 4;

    private MirrorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.getInteger("bench.warmup", 1_000);
        int transactions = Integer.getInteger("bench.transactions", 10_000);
        Map<String, String> off = new HashMap<>();
        off.put("PARKCHAIN_LEDGER_MIRROR_ENABLED", "false");

        double rateOff = businessRate("bench_off", off, warmUp, transactions);
        double rateOn = businessRate("bench_on", Map.of(), warmUp, transactions);
        BenchApps.awaitDrained("bench_on");
        double[] lag = BenchApps.lagPercentiles("bench_on", 10_000);

        long backlog = BenchApps.count("bench_off", "SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL");
        PayaraProcess drain = BenchApps.start("bench_off", Map.of());
        BenchApps.awaitDrained("bench_off");
        drain.close();
        double drainRate = drainRate("bench_off");

        String report = String.format(Locale.ROOT, """
                | figure | value |
                |---|---|
                | business transactions per second, mirror off (A) | %.0f |
                | business transactions per second, mirror on (B) | %.0f |
                | cost of mirroring | %.1f %% |
                | mirror lag p50 / p99 under load (B) | %.0f ms / %.0f ms |
                | mirrored records per second, draining a backlog of %,d (C) | %.0f |
                """, rateOff, rateOn, 100 * (rateOff - rateOn) / rateOff, lag[0], lag[1], backlog, drainRate);
        Path out = Path.of("target", "benchmarks", "mirror.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.exit(0);
    }

    private static double businessRate(String db, Map<String, String> env, int warmUp, int transactions)
            throws Exception {
        try (PayaraProcess app = BenchApps.start(db, env)) {
            ParticipantLoad load = new ParticipantLoad(app.baseUrl(), THREADS);
            load.register(warmUp, done -> { }, () -> false);
            long started = System.nanoTime();
            int done = load.register(transactions, d -> { }, () -> false);
            double seconds = (System.nanoTime() - started) / 1e9;
            BenchApps.count(db, "SELECT 1");
            if ("bench_on".equals(db)) {
                BenchApps.awaitDrained(db);
            }
            return done / seconds;
        }
    }

    /**
     * Entries per second from the first batch's confirmation to the last one's (the first batch carries the JIT
     * warm-up and the creation of the node key, so it only marks the start).
     */
    private static double drainRate(String db) throws SQLException {
        try (Connection c = BenchApps.connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT sum(size) - (SELECT size FROM mirror_batch ORDER BY id LIMIT 1),
                       extract(epoch FROM max(mirrored_at) - min(mirrored_at)) FROM mirror_batch""")) {
            rs.next();
            return rs.getLong(1) / rs.getDouble(2);
        }
    }
}
