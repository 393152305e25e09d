package org.parkchain.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parkchain.devserver.PayaraProcess;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.fabric.ClientIdentity;
import org.parkchain.testsupport.fabric.GatewayFixture;

/**
 * {@code ./mvnw -Pbenchmark} (the other benchmarks skipped with their {@code bench.skip*} flags): the ledger mirror on Fabric, through the real fabric-gateway
 * client over TLS to the Gateway fixture, whose orderer commits every transaction {@code bench.commitDelay} (1 s)
 * after its submit, as a network with a 1 s batch timeout does at best. Phases, each on its own database and its own
 * fresh fixture ledger: (D1) a backlog of {@code bench.drainSmall} registrations drained with one batch in flight, the
 * behaviour before issue 17; (D16) a backlog of {@code bench.drainLarge} drained with the defaults (16 in flight);
 * (L) the application under full business load (4 clients) with the mirror on: business rate and the lag of the
 * measured entries. Prints a Markdown table (also target/benchmarks/fabric-mirror.md).
 *
 * <p>{@code -Dbench.phases=d1,d16,load} picks phases. {@code -Dbench.fabric.peer-endpoint=host:port} (with
 * {@code bench.fabric.tls-cert}, {@code host-override}, {@code msp-id}, {@code cert} and {@code key}, as the
 * application's {@code parkchain.ledger.fabric.*} settings) uses a real Fabric network instead of the fixture; each
 * phase's database numbers its batches from 1, so give each phase a fresh channel (see docs/fabric.md).
 */
public final class FabricMirrorBenchmark {
    private static final int THREADS = 4;
    private static final String REAL = "bench.fabric.";

    private FabricMirrorBenchmark() {
    }

    record Drain(long entries, double seconds, long batches, int largestBlock, int largestTx) {
        double rate() {
            return entries / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Duration delay = Duration.parse(System.getProperty("bench.commitDelay", "PT1S"));
        int small = Integer.getInteger("bench.drainSmall", 10_000);
        int large = Integer.getInteger("bench.drainLarge", 50_000);
        int measured = Integer.getInteger("bench.transactions", 10_000);
        Path dir = Path.of("target", "bench-fabric").toAbsolutePath();
        ClientIdentity identity = ClientIdentity.create(dir.resolve("app"), GatewayFixture.PEER_MSP, Caller.MIRROR);

        String phases = System.getProperty("bench.phases", "d1,d16,load");
        Drain none = new Drain(0, Double.NaN, 0, 0, 0);
        Drain one = phases.contains("d1") ? drain("bench_fabric_d1", small, "1", delay, identity, dir) : none;
        Drain sixteen = phases.contains("d16") ? drain("bench_fabric_d16", large, null, delay, identity, dir) : none;
        double[] load = {Double.NaN, Double.NaN};
        double rate = Double.NaN;
        int largestBlock = 0;
        if (phases.contains("load")) {
            try (GatewayFixture peer = peer(delay); PayaraProcess app = BenchApps.start("bench_fabric_load",
                    fabric(peer, identity, dir, null, true))) {
                ParticipantLoad clients = new ParticipantLoad(app.baseUrl(), THREADS);
                clients.register(1_000, done -> { }, () -> false);
                long started = System.nanoTime();
                int done = clients.register(measured, d -> { }, () -> false);
                rate = done / ((System.nanoTime() - started) / 1e9);
                BenchApps.awaitDrained("bench_fabric_load");
                load = BenchApps.lagPercentiles("bench_fabric_load", measured);
                largestBlock = peer == null ? 0 : peer.largestBlock();
            }
        }
        String report = String.format(Locale.ROOT, """
                | figure (commit %d ms after submit) | value |
                |---|---|
                | drain, 1 batch in flight: %,d entries in %,d batches | %.0f records/s (%.1f s) |
                | drain, 16 in flight (default): %,d entries in %,d batches | %.0f records/s (%.1f s) |
                | largest block while draining / largest transaction | %d transactions / %,d bytes |
                | business transactions per second under full load, mirror on | %.0f |
                | mirror lag p50 / p99 under full load (%,d entries) | %.0f ms / %.0f ms |
                | largest block under load | %d transactions |
                """, delay.toMillis(), one.entries(), one.batches(), one.rate(), one.seconds(), sixteen.entries(),
                sixteen.batches(), sixteen.rate(), sixteen.seconds(), sixteen.largestBlock(), sixteen.largestTx(),
                rate, measured, load[0], load[1], largestBlock);
        Path out = Path.of("target", "benchmarks", "fabric-mirror.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.exit(0);
    }

    /** Builds a backlog with the mirror off, then times its drain with the mirror on: first entry cut to last confirmed. */
    private static Drain drain(String db, int registrations, String inFlight, Duration delay, ClientIdentity identity,
                               Path dir) throws Exception {
        try (GatewayFixture peer = peer(delay)) {
            try (PayaraProcess app = BenchApps.start(db, fabric(peer, identity, dir, null, false))) {
                new ParticipantLoad(app.baseUrl(), THREADS).register(registrations, d -> { }, () -> false);
            }
            long backlog = BenchApps.count(db, "SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL");
            try (PayaraProcess app = BenchApps.start(db, fabric(peer, identity, dir, inFlight, true))) {
                BenchApps.awaitDrained(db);
            }
            double seconds = BenchApps.number(db,
                    "SELECT extract(epoch FROM max(mirrored_at) - min(created_at)) FROM mirror_batch");
            Drain d = new Drain(backlog, seconds, BenchApps.count(db, "SELECT count(*) FROM mirror_batch"),
                    peer == null ? 0 : peer.largestBlock(), peer == null ? 0 : peer.largestTransactionBytes());
            System.out.printf(Locale.ROOT, "%s: %d entries in %d batches drained in %.1f s: %.0f records/s%n", db,
                    d.entries(), d.batches(), d.seconds(), d.rate());
            return d;
        }
    }

    /** The fixture peer, or null when {@code bench.fabric.peer-endpoint} names a real network. */
    private static GatewayFixture peer(Duration delay) {
        if (System.getProperty(REAL + "peer-endpoint") != null) {
            return null;
        }
        return new GatewayFixture(Set.of(GatewayFixture.PEER_MSP), true).start().commitDelay(delay);
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
            Path tls = peer.writeTlsCert(dir.resolve("peer-tls-" + peer.port() + ".pem"));
            env.putAll(Map.of(
                    "PARKCHAIN_LEDGER_FABRIC_PEER_ENDPOINT", peer.endpoint(),
                    "PARKCHAIN_LEDGER_FABRIC_HOST_OVERRIDE", "peer0.park.example",
                    "PARKCHAIN_LEDGER_FABRIC_TLS_CERT", tls.toString(),
                    "PARKCHAIN_LEDGER_FABRIC_MSP_ID", GatewayFixture.PEER_MSP,
                    "PARKCHAIN_LEDGER_FABRIC_CERT", identity.certPath().toString(),
                    "PARKCHAIN_LEDGER_FABRIC_KEY", identity.keyPath().toString()));
        }
        if (inFlight != null) {
            env.put("PARKCHAIN_LEDGER_MIRROR_IN_FLIGHT", inFlight);
        }
        return env;
    }
}
