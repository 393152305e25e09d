package org.parkchain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.devserver.EmbeddedDatabase;
import org.parkchain.devserver.PayaraProcess;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.LedgerAssertions;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.Sql;
import org.parkchain.testsupport.TestDatabase;
import org.parkchain.testsupport.WebClient;
import org.parkchain.testsupport.fabric.ClientIdentity;
import org.parkchain.testsupport.fabric.GatewayFixture;

/**
 * {@code kill -9} of the application while several batches are on their way to Fabric (the fixture's orderer commits
 * each a second after its submit, as with a 1 s batch timeout, and goes on committing after the application died).
 * After a restart the left-over batches are looked up by their transaction ids, with a wait too short for any commit
 * status to come, and then asked for from the ledger: those the ledger holds are confirmed without a new transaction,
 * the rest are sent again. Then every committed outbox entry is on the ledger exactly once
 * and every batch cost exactly one RecordBatch transaction.
 */
class FabricMirrorCrashIT {
    private static final Logger LOG = Logger.getLogger(FabricMirrorCrashIT.class.getName());
    private static final String DB = "parkchain_fabric_crash";
    private static final Sql SQL = new Sql(DB);
    private static final String IN_FLIGHT_WITH_TX =
            "SELECT count(*) FROM mirror_batch WHERE mirrored_at IS NULL AND submitted_tx_id IS NOT NULL";

    private static GatewayFixture peer;
    private static ClientIdentity identity;
    private static PayaraProcess app;
    private static int port;

    @BeforeAll
    static void start() throws java.io.IOException {
        peer = new GatewayFixture(Set.of(GatewayFixture.PEER_MSP), false).start().commitDelay(Duration.ofSeconds(1));
        identity = ClientIdentity.create(Path.of("target", "fabric-crash-it").toAbsolutePath().resolve("app"),
                GatewayFixture.PEER_MSP, Caller.MIRROR);
        port = TestDatabase.freePort();
        app = startApp("a");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    private static PayaraProcess startApp(String run) throws java.io.IOException {
        Path dir = Path.of("target", "fabric-crash-it").toAbsolutePath();
        Map<String, String> env = new java.util.HashMap<>(peer.applicationSettings(identity, dir));
        env.putAll(Map.ofEntries(
                Map.entry("PARKCHAIN_DB_URL", TestDatabase.database(DB)),
                Map.entry("PARKCHAIN_DB_USER", EmbeddedDatabase.APP_USER),
                Map.entry("PARKCHAIN_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD),
                Map.entry("PARKCHAIN_SECURITY_PBKDF2_ITERATIONS", "2048"),
                Map.entry("PARKCHAIN_ACCESS_CA_KEYSTORE", dir.resolve("ca.p12").toString()),
                Map.entry("PARKCHAIN_LEDGER_MIRROR_BATCH_SIZE", "40"),
                Map.entry("PARKCHAIN_LEDGER_MIRROR_BATCH_TIMEOUT", "PT0.05S"),
                Map.entry("PARKCHAIN_LEDGER_MIRROR_IN_FLIGHT", "8"),
                // shorter than any answer: every commit status comes too late, as for a node just started on a busy
                // machine (CI once saw 4 of 8 lookups time out at 2 s); the batches must still not be sent again
                Map.entry("PARKCHAIN_LEDGER_MIRROR_LOOKUP_WAIT", "PT0.001S")));
        PayaraProcess p = PayaraProcess.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("parkchain.war")), port, env,
                Path.of("target", "it-fabric-crash-payara-" + run + ".log"));
        p.awaitReady(Duration.ofMinutes(4));
        return p;
    }

    @Test
    void killDashNineWithSeveralBatchesInFlightLosesNothingDuplicatesNothingAndWastesNoTransaction() throws Exception {
        SQL.awaitBacklogDrained(); // the demo park
        AtomicBoolean killed = new AtomicBoolean();
        long[] atKill = new long[1];
        ParticipantLoad load = new ParticipantLoad(app.baseUrl(), 4);
        load.register(3_000, done -> {
            if (!killed.get() && done >= 400 && SQL.count(IN_FLIGHT_WITH_TX) >= 2 && killed.compareAndSet(false, true)) {
                app.kill();
                atKill[0] = SQL.count(IN_FLIGHT_WITH_TX);
            }
        }, killed::get);
        assertTrue(killed.get(), "killed while batches were on their way");
        LOG.info(() -> atKill[0] + " batches were in flight with a transaction id when the node was killed");
        assertTrue(atKill[0] >= 2, "several batches in flight at the kill: " + atKill[0]);
        Thread.sleep(1_500); // the orderer commits what it received before the kill

        app = startApp("b");
        new ParticipantLoad(app.baseUrl(), 4).register(300, done -> { }, () -> false);
        SQL.awaitBacklogDrained();

        LedgerAssertions.assertEveryEntryOnTheLedgerOnce(SQL, peer);
        assertEquals(SQL.count("SELECT count(*) FROM mirror_batch"), peer.recordBatchesApplied(),
                "one RecordBatch transaction per batch: nothing sent twice");
        assertTrue(peer.largestBlock() >= 2, "batches in flight together share blocks");

        WebClient regulator = ParticipantLoad.loggedIn(app.baseUrl(), "regulator");
        JsonObject status = CanonicalJson.parseObject(regulator.getJson("/api/audit/status", null, null).body());
        assertTrue(status.getJsonObject("node").getInt("confirmedByLookup") >= 1,
                "a left-over batch whose transaction committed was confirmed from the ledger: " + status);
        HttpResponse<String> verification = regulator.postJson("/api/audit/verifications", "", null, null);
        assertEquals(200, verification.statusCode(), verification.body());
        JsonObject report = CanonicalJson.parseObject(verification.body());
        assertEquals(0, report.getJsonArray("findings").size(), report.toString());
        assertTrue(report.getBoolean("passed"));
    }
}
