package org.parkchain.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parkchain.devserver.PayaraProcess;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.TestDatabase;
import org.parkchain.testsupport.fabric.ClientIdentity;
import org.parkchain.testsupport.fabric.GatewayFixture;

/**
 * {@code ./mvnw -Pbenchmark} (the other benchmarks skipped with their {@code bench.skip*} flags): the ledger mirror on Fabric, through the real fabric-gateway
 * client over TLS to the Gateway fixture, whose orderer commits every transaction {@code bench.commitDelay} (1 s)
 * after its submit, as a network with a 1 s batch timeout does at best. Phases, each on a fresh fixture ledger:
 * (drain) a backlog of {@code bench.backlog} registrations made with the mirror off, then drained on a copy of that
 * database for each of {@code bench.inFlight} (1, the behaviour before issue 17, and 16, the default); (load) the
 * application under full business load (4 clients) with the mirror off and on: business rate and the lag of the
 * measured entries; (outage) the fixture away for 10 s under load. Prints a Markdown table (also target/benchmarks/fabric-mirror.md).
 *
 * <p>{@code -Dbench.phases=drain,load,outage} picks phases. {@code -Dbench.fabric.peer-endpoint=host:port} (with
 * {@code bench.fabric.tls-cert}, {@code host-override}, {@code msp-id}, {@code cert} and {@code key}, as the
 * application's {@code parkchain.ledger.fabric.*} settings) uses a real Fabric network instead of the fixture; each
 * phase's database numbers its batches from 1, so give each phase a fresh channel (see docs/fabric.md).
 */
public final class FabricMirrorBenchmark {
    private static final int THREADS = 4;
    private static final String REAL = "bench.fabric.";

    private FabricMirrorBenchmark() {
    }

    record Drain(String inFlight, long entries, double seconds, double steady, long batches, int largestBlock,
                 int largestTx, long[] cpuMs, long cpuEntries) {
        double rate() {
            return entries / seconds;
        }

        /** CPU milliseconds per 1,000 records drained: the application, this JVM (the fixture), PostgreSQL. */
        String cpuPerThousand() {
            return String.format(Locale.ROOT, "%.0f, fixture %.0f, PostgreSQL %.0f (over %,d of them)",
                    cpuMs[0] * 1e3 / cpuEntries, cpuMs[1] * 1e3 / cpuEntries, cpuMs[2] * 1e3 / cpuEntries, cpuEntries);
        }
    }

    public static void main(String[] args) throws Exception {
        Duration delay = Duration.parse(System.getProperty("bench.commitDelay", "PT1S"));
        int backlog = Integer.getInteger("bench.backlog", 30_000);
        int measured = Integer.getInteger("bench.transactions", 10_000);
        Path dir = Path.of("target", "bench-fabric").toAbsolutePath();
        ClientIdentity identity = ClientIdentity.create(dir.resolve("app"), GatewayFixture.PEER_MSP, Caller.MIRROR);

        String phases = System.getProperty("bench.phases", "drain,load,outage");
        List<Drain> drains = new ArrayList<>();
        if (phases.contains("drain")) {
            String backlogDb = "bench_fabric_backlog";
            try (GatewayFixture peer = peer(delay);
                 PayaraProcess app = BenchApps.start(backlogDb, fabric(peer, identity, dir, null, false))) {
                new ParticipantLoad(app.baseUrl(), THREADS).register(backlog, d -> { }, () -> false);
            }
            for (String inFlight : System.getProperty("bench.inFlight", "1,16,32").split(",")) {
                drains.add(drain(backlogDb, inFlight.trim(), delay, identity, dir));
            }
        }
        double[] off = {Double.NaN, Double.NaN, Double.NaN, 0};
        double[] on = {Double.NaN, Double.NaN, Double.NaN, 0};
        if (phases.contains("load")) {
            off = load("bench_fabric_off", false, measured, delay, identity, dir);
            on = load("bench_fabric_load", true, measured, delay, identity, dir);
        }
        double[] outage = phases.contains("outage") ? outage(delay, identity, dir) : new double[] {Double.NaN, 0, 0};
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                | figure (commit %d ms after submit) | value |
                |---|---|
                """, delay.toMillis()));
        for (Drain d : drains) {
            report.append(String.format(Locale.ROOT, "| drain, %s in flight: %,d entries in %,d batches | %.0f records/s"
                    + " (%.1f s), %.0f records/s after the first %s batches; largest block %d transactions, largest"
                    + " transaction %,d bytes; CPU ms per 1,000 records: application %s |%n", d.inFlight(), d.entries(),
                    d.batches(), d.rate(), d.seconds(), d.steady(), d.inFlight(), d.largestBlock(), d.largestTx(),
                    d.cpuPerThousand()));
        }
        report.append(String.format(Locale.ROOT, """
                | business transactions per second under full load (4 clients), mirror off / on | %.0f / %.0f |
                | mirror lag p50 / p99 under full load (%,d entries) | %.0f ms / %.0f ms |
                | largest block under load | %.0f transactions |
                | peer away 10 s under load: first batch recorded after its return / backlog then / that backlog on the ledger after | %.2f s / %,.0f / %.1f s |
                """, off[0], on[0], measured, on[1], on[2], on[3], outage[0], outage[1], outage[2]));
        Path out = Path.of("target", "benchmarks", "fabric-mirror.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
        System.exit(0);
    }

    /** {business transactions per second, lag p50 ms, lag p99 ms, largest block} under 4 clients registering. */
    private static double[] load(String db, boolean mirror, int measured, Duration delay, ClientIdentity identity,
                                 Path dir) throws Exception {
        try (GatewayFixture peer = peer(delay); PayaraProcess app = BenchApps.start(db,
                fabric(peer, identity, dir, null, mirror))) {
            ParticipantLoad clients = new ParticipantLoad(app.baseUrl(), THREADS);
            clients.register(1_000, done -> { }, () -> false);
            long started = System.nanoTime();
            int done = clients.register(measured, d -> { }, () -> false);
            double rate = done / ((System.nanoTime() - started) / 1e9);
            if (!mirror) {
                return new double[] {rate, Double.NaN, Double.NaN, 0};
            }
            BenchApps.awaitDrained(db);
            double[] lag = BenchApps.lagPercentiles(db, measured);
            return new double[] {rate, lag[0], lag[1], peer == null ? 0 : peer.largestBlock()};
        }
    }

    /**
     * The peer taken away for 10 s while 2 clients keep registering, with the default backoff: {seconds from the
     * peer's return to the first batch recorded (the status's recoveredAt), backlog at the return, seconds until the
     * backlog was drained}.
     */
    private static double[] outage(Duration delay, ClientIdentity identity, Path dir) throws Exception {
        String db = "bench_fabric_outage";
        try (GatewayFixture peer = peer(delay); PayaraProcess app = BenchApps.start(db,
                fabric(peer, identity, dir, null, true))) {
            if (peer == null) {
                return new double[] {Double.NaN, 0, 0};
            }
            Thread load = new Thread(() -> {
                try {
                    new ParticipantLoad(app.baseUrl(), 2).register(12_000, d -> { }, () -> false);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            load.start();
            Thread.sleep(10_000);
            peer.stop();
            Thread.sleep(10_000);
            long backlog = BenchApps.count(db, "SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL");
            java.time.Instant back = java.time.Instant.now();
            peer.start();
            org.parkchain.testsupport.WebClient regulator = ParticipantLoad.loggedIn(app.baseUrl(), "regulator");
            String recovered = null;
            while (recovered == null) {
                Thread.sleep(50);
                jakarta.json.JsonObject node = org.parkchain.platform.canonical.CanonicalJson.parseObject(
                        regulator.getJson("/api/audit/status", null, null).body()).getJsonObject("node");
                recovered = node.containsKey("recoveredAt") && !node.isNull("recoveredAt")
                        ? node.getString("recoveredAt") : null;
            }
            double toFirst = Duration.between(back, java.time.Instant.parse(recovered)).toMillis() / 1e3;
            long backSql = back.toEpochMilli();
            load.join();
            BenchApps.awaitDrained(db);
            // the entries waiting at the return: until the last of them was on the ledger
            double drained = BenchApps.number(db, "SELECT extract(epoch FROM max(mirrored_at)) * 1000 - " + backSql
                    + " FROM ledger_outbox WHERE committed_at <= to_timestamp(" + backSql + " / 1000.0)") / 1e3;
            System.out.printf(Locale.ROOT, "outage: first batch %.2f s after the return, backlog %d, drained after"
                    + " %.1f s%n", toFirst, backlog, drained);
            return new double[] {toFirst, backlog, drained};
        }
    }

    /**
     * Drains a copy of the backlog database with the mirror on and {@code inFlight} batches in flight, on a fresh
     * ledger. The peer is away while the application starts (its deployment would otherwise take the CPU from the
     * first batches) and returns 5 s after it is ready; the mirror's backoff is 0.1-0.2 s here, so it notices at
     * once. Entries per second from the peer's return to the last confirmation, within at most
     * {@code bench.drainSeconds} (60), and the CPU each process spent per entry meanwhile.
     */
    private static Drain drain(String backlogDb, String inFlight, Duration delay, ClientIdentity identity, Path dir)
            throws Exception {
        String db = "bench_fabric_d" + inFlight;
        TestDatabase.server().copyDatabase(backlogDb, db);
        for (String store : new String[] {"-ca.p12", "-node.p12"}) {
            Path source = Path.of("target", backlogDb + store);
            if (Files.exists(source)) {
                Files.copy(source, Path.of("target", db + store), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        long limit = Integer.getInteger("bench.drainSeconds", 60) * 1_000L;
        ProcessCpu cpu;
        String back;
        try (GatewayFixture peer = peer(delay)) {
            if (peer != null) {
                peer.stop(); // away while the application starts, so the drain is measured on a started application
            }
            Map<String, String> env = fabric(peer, identity, dir, inFlight, true);
            env.put("PARKCHAIN_LEDGER_MIRROR_BACKOFF_INITIAL", "PT0.1S");
            env.put("PARKCHAIN_LEDGER_MIRROR_BACKOFF_MAX", "PT0.2S");
            try (PayaraProcess app = BenchApps.start(db, env); java.sql.Connection poll = BenchApps.connect(db)) {
                Thread.sleep(5_000);
                cpu = new ProcessCpu(app.handle());
                cpu.sample();
                back = java.time.Instant.now().toString();
                if (peer != null) {
                    peer.start();
                }
                long start = System.currentTimeMillis();
                do {
                    Thread.sleep(200);
                    cpu.sample();
                } while (System.currentTimeMillis() - start < limit && BenchApps.waiting(poll));
            }
            String after = " FROM mirror_batch WHERE mirrored_at > '" + back + "'";
            long entries = BenchApps.count(db, "SELECT coalesce(sum(size), 0)" + after);
            double seconds = BenchApps.number(db, "SELECT extract(epoch FROM max(mirrored_at) - '" + back
                    + "'::timestamptz)" + after);
            // after the first window of batches (the JIT warming the mirror's path and the TLS handshake)
            long confirmed = BenchApps.count(db, "SELECT count(*)" + after);
            long k = Math.min(Integer.parseInt(inFlight), confirmed - 1);
            double steady = BenchApps.number(db, """
                    WITH c AS (SELECT size, mirrored_at, row_number() OVER (ORDER BY mirrored_at) AS n
                               %s)
                    SELECT sum(size) FILTER (WHERE n > %d)
                           / nullif(extract(epoch FROM max(mirrored_at) - max(mirrored_at) FILTER (WHERE n = %d)), 0)
                    FROM c""".formatted(after, k, k));
            java.time.Instant end = cpu.nearestTo(BenchApps.instant(db, "SELECT max(mirrored_at) FROM mirror_batch"));
            long sampled = BenchApps.count(db, "SELECT coalesce(sum(size), 0)" + after + " AND mirrored_at <= '"
                    + end + "'");
            Drain d = new Drain(inFlight, entries, seconds, steady, confirmed,
                    peer == null ? 0 : peer.largestBlock(), peer == null ? 0 : peer.largestTransactionBytes(),
                    cpu.until(end), sampled);
            System.out.printf(Locale.ROOT, "%s: %d entries in %d batches in %.1f s: %.0f records/s, %.0f after the"
                    + " first window; CPU ms per 1,000 records: application %s%n", db, d.entries(), d.batches(),
                    d.seconds(), d.rate(), steady, d.cpuPerThousand());
            return d;
        }
    }

    /** The fixture peer, or null when {@code bench.fabric.peer-endpoint} names a real network. */
    private static GatewayFixture peer(Duration delay) {
        if (System.getProperty(REAL + "peer-endpoint") != null) {
            return null;
        }
        boolean tls = Boolean.parseBoolean(System.getProperty("bench.tls", "true"));
        return new GatewayFixture(Set.of(GatewayFixture.PEER_MSP), tls).start().commitDelay(delay);
    }

    private static Map<String, String> fabric(GatewayFixture peer, ClientIdentity identity, Path dir, String inFlight,
                                              boolean mirror) throws java.io.IOException {
        Map<String, String> env = new HashMap<>(Map.of(
                "PARKCHAIN_LEDGER_ADAPTER", "fabric",
                "PARKCHAIN_LEDGER_MIRROR_ENABLED", String.valueOf(mirror)));
        if (peer == null) {
            for (String key : new String[] {"peer-endpoint", "host-override", "tls-cert", "msp-id", "cert", "key"}) {
                if (System.getProperty(REAL + key) != null) {
                    env.put("PARKCHAIN_LEDGER_FABRIC_" + key.toUpperCase(Locale.ROOT).replace('-', '_'),
                            System.getProperty(REAL + key));
                }
            }
        } else {
            env.putAll(peer.applicationSettings(identity, dir));
        }
        if (inFlight != null) {
            env.put("PARKCHAIN_LEDGER_MIRROR_IN_FLIGHT", inFlight);
        }
        return env;
    }
}
