package org.parkchain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
 * The application configured for Fabric, in its own Payara Micro process, mirroring through the real fabric-gateway
 * client over TLS (with a host-name override) to the Gateway fixture on 127.0.0.1, four batches in flight, each
 * committed 300 ms after its submit. The fixture is taken away under load and brought back: the application keeps
 * serving, the backlog drains, and the ledger then holds every committed outbox entry exactly once, where the
 * database says it is, with one transaction per batch.
 */
class FabricMirrorIT {
    private static final Logger LOG = Logger.getLogger(FabricMirrorIT.class.getName());
    private static final String DB = "parkchain_fabric";
    private static final Sql SQL = new Sql(DB);

    private static GatewayFixture peer;
    private static PayaraProcess app;

    @BeforeAll
    static void start() throws Exception {
        // an orderer with a batch timeout: each transaction commits 300 ms after its submit
        peer = new GatewayFixture(java.util.Set.of(GatewayFixture.PEER_MSP), true).start()
                .commitDelay(Duration.ofMillis(300));
        Path dir = Path.of("target", "fabric-it").toAbsolutePath();
        ClientIdentity identity = ClientIdentity.create(dir.resolve("app"), GatewayFixture.PEER_MSP, Caller.MIRROR);
        Map<String, String> env = new java.util.HashMap<>(peer.applicationSettings(identity, dir));
        env.putAll(Map.ofEntries(
                Map.entry("PARKCHAIN_DB_URL", TestDatabase.database(DB)),
                Map.entry("PARKCHAIN_DB_USER", EmbeddedDatabase.APP_USER),
                Map.entry("PARKCHAIN_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD),
                Map.entry("PARKCHAIN_SECURITY_PBKDF2_ITERATIONS", "2048"),
                Map.entry("PARKCHAIN_ACCESS_CA_KEYSTORE", dir.resolve("ca.p12").toString()),
                Map.entry("PARKCHAIN_LEDGER_FABRIC_TIMEOUT_ENDORSE", "PT3S"),
                Map.entry("PARKCHAIN_LEDGER_FABRIC_TIMEOUT_COMMIT_STATUS", "PT5S"),
                Map.entry("PARKCHAIN_LEDGER_MIRROR_BATCH_SIZE", "100"),
                Map.entry("PARKCHAIN_LEDGER_MIRROR_IN_FLIGHT", "4"),
                Map.entry("PARKCHAIN_LEDGER_MIRROR_LOOKUP_WAIT", "PT2S"),
                Map.entry("PARKCHAIN_LEDGER_MIRROR_BACKOFF_INITIAL", "PT0.2S"),
                Map.entry("PARKCHAIN_LEDGER_MIRROR_BACKOFF_MAX", "PT1S")));
        app = PayaraProcess.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("parkchain.war")), TestDatabase.freePort(), env,
                Path.of("target", "it-fabric-payara.log"));
        app.awaitReady(Duration.ofMinutes(4));
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

    @Test
    void contractCopiesGoToThePairsPrivateCollectionAndOnlyTheirHashesToTheChannel() throws Exception {
        // the demo park activates gen2's contract with large2 after one mismatched pair of copies
        for (int i = 0; i < 150 && SQL.count("SELECT count(*) FROM ledger_private_outbox WHERE done_at IS NULL") > 0;
             i++) {
            Thread.sleep(200);
        }
        assertEquals(0, SQL.count("SELECT count(*) FROM ledger_private_outbox WHERE done_at IS NULL"));
        assertEquals(5, SQL.count("SELECT count(*) FROM ledger_private_outbox WHERE outcome = 'COMMITTED'"),
                SQL.string("SELECT string_agg(function || ' ' || outcome || ' ' || coalesce(result, ''), '; ')"
                        + " FROM ledger_private_outbox"));
        long contract = SQL.count("SELECT id FROM trading_contract WHERE status = 'ACTIVE' AND recorded_by IS NULL");
        long seller = SQL.count("SELECT seller FROM trading_contract WHERE id = " + contract);
        long buyer = SQL.count("SELECT buyer FROM trading_contract WHERE id = " + contract);
        String terms = SQL.string("SELECT terms FROM trading_contract WHERE id = " + contract);
        String collection = org.parkchain.ledger.contract.SecuredTerms.collection(seller, buyer);
        assertEquals(terms, peer.privateCopy(collection, contract, seller).orElseThrow());
        assertEquals(terms, peer.privateCopy(collection, contract, buyer).orElseThrow(),
                "the buyer's later, matching copy replaced its mismatched one");
        JsonObject active = CanonicalJson.parseObject(peer.securedContract(contract).orElseThrow());
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(SQL.string("SELECT terms_hash FROM trading_contract WHERE id = " + contract),
                active.getString("termsHash"));
        String price = CanonicalJson.parseObject(terms).getJsonObject("price").toString();
        assertTrue(peer.worldState().values().stream().noneMatch(v -> v.contains(price)),
                "no terms on the channel, only hashes");
    }

    @Test
    void aLedgerOutageUnderLoadLosesAndDuplicatesNothing() throws Exception {
        ParticipantLoad load = new ParticipantLoad(app.baseUrl(), 3);
        SQL.awaitBacklogDrained(); // the demo park, mirrored through the fixture
        assertEquals(SQL.count("SELECT count(*) FROM ledger_outbox"), peer.entryCount());

        load.register(300, done -> { }, () -> false);
        peer.stop();
        LOG.info("Fabric gateway fixture stopped");
        int duringOutage = load.register(600, done -> { }, () -> false);
        assertEquals(600, duringOutage, "the application keeps serving while the ledger is away");
        long backlog = SQL.backlog();
        assertTrue(backlog > 0, "entries wait for the ledger");
        WebClient regulator = ParticipantLoad.loggedIn(app.baseUrl(), "regulator");
        JsonObject status = CanonicalJson.parseObject(regulator.getJson("/api/audit/status", null, null).body());
        assertTrue(status.getJsonNumber("backlog").longValue() > 0);
        assertTrue(status.getJsonObject("node").getInt("failures") > 0, status.toString());
        LOG.info(() -> "backlog during the outage: " + backlog + "; status " + status);

        peer.start();
        LOG.info("Fabric gateway fixture started again");
        load.register(300, done -> { }, () -> false);
        SQL.awaitBacklogDrained();

        long entries = SQL.count("SELECT count(*) FROM ledger_outbox");
        LedgerAssertions.assertEveryEntryOnTheLedgerOnce(SQL, peer);
        long batches = SQL.count("SELECT count(*) FROM mirror_batch");
        assertEquals(batches, peer.recordBatchesApplied(), "one transaction per batch: a batch whose commit status "
                + "was lost is looked up, not sent again");

        HttpResponse<String> verification = regulator.postJson("/api/audit/verifications", "", null, null);
        assertEquals(200, verification.statusCode(), verification.body());
        JsonObject report = CanonicalJson.parseObject(verification.body());
        assertEquals("fabric", report.getString("ledger"));
        assertEquals(0, report.getJsonArray("findings").size(), report.toString());
        assertEquals(entries, report.getJsonNumber("ledgerEntries").longValue());
        assertTrue(report.getBoolean("passed"));
    }
}
