package org.parkchain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.devserver.EmbeddedDatabase;
import org.parkchain.devserver.PayaraProcess;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.Sql;
import org.parkchain.testsupport.TestDatabase;
import org.parkchain.testsupport.WebClient;

/**
 * The ledger mirror under crash and scale, black box: the application in its own Payara Micro process, business
 * transactions driven through its REST API, {@code kill -9} while the mirror is busy, a restart, and then the ledger
 * must hold exactly the committed outbox entries, each once. On the resulting 10,000+ records the verifier must find
 * nothing, then exactly the row changed with plain SQL, and a downloaded proof must check out offline.
 */
class LedgerMirrorIT {
    private static final Logger LOG = Logger.getLogger(LedgerMirrorIT.class.getName());
    private static final String DB = "parkchain_mirror";
    private static final int CRASH_AFTER = 2_500;
    private static final int BUSINESS_TRANSACTIONS = 5_200;
    private static final int RECORDS = 10_050;
    private static final int THREADS = 4;
    private static final Sql SQL = new Sql(DB);

    private static PayaraProcess app;
    private static volatile boolean killed;
    private static volatile boolean crashPhase = true;
    private static int port;

    @BeforeAll
    static void start() {
        port = TestDatabase.freePort();
        app = startApp("a");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Registers participants and kills the node while entries wait for the ledger; returns how many were registered. */
    private int crashOnce() throws Exception {
        int before = register(4 * CRASH_AFTER, done -> {
            if (!killed && done >= CRASH_AFTER
                    && count("SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NOT NULL") > 0) {
                // best: while a batch is cut but not yet confirmed (on its way to the ledger); else with a backlog
                long until = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < until
                        && count("SELECT count(*) FROM mirror_batch WHERE mirrored_at IS NULL") == 0) {
                    Thread.onSpinWait();
                }
                if (count("SELECT count(*) FROM mirror_batch WHERE mirrored_at IS NULL") > 0 || done >= 2 * CRASH_AFTER
                        && count("SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL") > 0) {
                    killed = true;
                    app.kill();
                }
            }
        });
        assertTrue(killed, "the application was killed while entries waited for the ledger");
        assertFalse(app.isAlive());
        return before;
    }

    private static PayaraProcess startApp(String run) {
        PayaraProcess p = PayaraProcess.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("parkchain.war")), port, Map.of(
                        "PARKCHAIN_DB_URL", TestDatabase.database(DB),
                        "PARKCHAIN_DB_USER", EmbeddedDatabase.APP_USER,
                        "PARKCHAIN_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD,
                        "PARKCHAIN_SECURITY_PBKDF2_ITERATIONS", "2048",
                        "PARKCHAIN_LEDGER_MIRROR_BATCH_SIZE", "50",
                        "PARKCHAIN_LEDGER_MIRROR_BATCH_TIMEOUT", "PT0.05S",
                        "PARKCHAIN_LEDGER_MIRROR_POLL_INTERVAL", "PT0.02S",
                        "PARKCHAIN_ACCESS_CA_KEYSTORE", Path.of("target", DB + "-ca.p12").toAbsolutePath().toString(),
                        "PARKCHAIN_LEDGER_EMBEDDED_KEYSTORE",
                        Path.of("target", DB + "-ledger-node.p12").toAbsolutePath().toString()),
                Path.of("target", "it-mirror-payara-" + run + ".log"));
        p.awaitReady(Duration.ofMinutes(4));
        return p;
    }

    @Test
    void survivesKillDashNineWithEveryCommittedEntryOnTheLedgerExactlyOnceAndVerifiesAtScale() throws Exception {
        // 1. load, and kill -9 while the mirror is behind; a kill that lands just after the worker caught up (the
        // check and the kill are not atomic) tests nothing, so the node is started again and killed again
        int before = 0;
        long pendingAtCrash = 0;
        long cutAtCrash = 0;
        for (int attempt = 1; attempt <= 3 && pendingAtCrash == 0; attempt++) {
            if (attempt > 1) {
                LOG.info("the kill landed after the mirror had caught up; starting again to kill it mid-flight");
                killed = false;
                app = startApp("a" + attempt);
            }
            before = crashOnce();
            pendingAtCrash = count("SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL");
            cutAtCrash = count("SELECT count(*) FROM mirror_batch WHERE mirrored_at IS NULL");
        }
        int registered = before;
        long pending = pendingAtCrash;
        long cut = cutAtCrash;
        LOG.info(() -> "killed after " + registered + " registrations; " + pending + " entries unmirrored, "
                + cut + " batches cut but unconfirmed");
        assertTrue(pendingAtCrash > 0);

        // 2. restart on the same database and key, and go on
        app = startApp("b");
        crashPhase = false;
        register(BUSINESS_TRANSACTIONS - (int) count("SELECT count(*) FROM participant WHERE name_en LIKE 'Load %'"),
                done -> { });
        SQL.awaitBacklogDrained();
        assertTrue(count("SELECT count(*) FROM participant WHERE name_en LIKE 'Load %'") >= BUSINESS_TRANSACTIONS);

        // 3. exactly the committed entries, each once, where the database says
        assertEquals(count("SELECT count(*) FROM ledger_outbox"),
                count("SELECT count(*) FROM ledger_state WHERE state_key LIKE 'entry%'"), "one ledger entry per entry");
        assertEquals(0, count("""
                SELECT count(*) FROM ledger_outbox o LEFT JOIN ledger_state s
                  ON s.state_key = 'entry' || chr(31) || o.entry_id || chr(31)
                WHERE s.state_key IS NULL
                   OR convert_from(s.value, 'UTF8')::json->>'hash' <> o.entry_hash
                   OR convert_from(s.value, 'UTF8')::json->>'batchId' <> o.batch_id
                   OR (convert_from(s.value, 'UTF8')::json->>'leafIndex')::int <> o.leaf_index
                   OR convert_from(s.value, 'UTF8')::json->>'txId' <> o.ledger_tx_id"""), "none missing or misplaced");
        assertEquals(0, count("""
                SELECT count(*) FROM (SELECT state_key FROM ledger_write WHERE state_key LIKE 'entry%'
                                      GROUP BY state_key HAVING count(*) > 1) twice"""), "none written twice");

        assertEquals(count("SELECT count(*) FROM participant WHERE name_en LIKE 'Load %'"),
                count("SELECT count(*) FROM ledger_outbox WHERE type = 'participant.registered' AND actor = 'admin'"),
                "the logged-in user is the actor of every registration");

        // 4. scale: no false positives over 10,000+ untouched records
        int more = RECORDS - (int) count("SELECT count(*) FROM participant") - (int) count("SELECT count(*) FROM user_account");
        if (more > 0) {
            register(more, done -> { });
        }
        SQL.awaitBacklogDrained();
        WebClient regulator = ParticipantLoad.loggedIn(app.baseUrl(), "regulator");
        JsonObject report = verify(regulator);
        assertTrue(report.getInt("records") >= 10_000, "records checked: " + report.getInt("records"));
        assertEquals(0, report.getJsonArray("findings").size(), report.getJsonArray("findings").toString());
        assertTrue(report.getBoolean("passed"));
        assertTrue(report.getJsonObject("chain").getBoolean("intact"));

        // 5. a downloaded proof checks out offline
        String entryId = SQL.string("SELECT entry_id FROM ledger_outbox ORDER BY seq DESC LIMIT 1 OFFSET 77");
        HttpResponse<String> proof = regulator.getJson("/api/audit/proofs/" + entryId, null, null);
        assertEquals(200, proof.statusCode(), proof.body());
        assertNull(ProofCheck.check(CanonicalJson.parseObject(proof.body())));
        JsonObject forged = jakarta.json.Json.createObjectBuilder(CanonicalJson.parseObject(proof.body()))
                .add("payloadHash", "0".repeat(64)).build();
        assertEquals("payload hash", ProofCheck.check(forged));

        // 6. exactly the row changed behind the application's back
        long victim = count("SELECT max(id) FROM participant WHERE name_en LIKE 'Load %'") - 123;
        SQL.execute("UPDATE participant SET credit_code = '" + ParticipantLoad.newCreditCode() + "' WHERE id = " + victim);
        JsonObject tampered = verify(regulator);
        assertEquals(1, tampered.getJsonArray("findings").size(), tampered.getJsonArray("findings").toString());
        JsonObject finding = tampered.getJsonArray("findings").getJsonObject(0);
        assertEquals("participant:" + victim, finding.getString("aggregateId"));
        assertEquals("RECORD_CHANGED", finding.getString("kind"));
        assertEquals("MISMATCHED", finding.getString("category"));
        HttpResponse<String> csv = regulator.language("zh-CN").get("/api/audit/verification.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF类别,"), csv.body().substring(0, Math.min(40, csv.body().length())));
        assertTrue(csv.body().contains("participant:" + victim + ","));
        assertEquals(2, csv.body().split("\r\n").length, "header and one finding");
    }

    private static int register(int total, ParticipantLoad.Progress progress) throws Exception {
        return new ParticipantLoad(app.baseUrl(), THREADS).register(total, progress, () -> crashPhase && killed);
    }

    private static JsonObject verify(WebClient regulator) {
        HttpResponse<String> r = regulator.postJson("/api/audit/verifications", "", null, null);
        assertEquals(200, r.statusCode(), r.body());
        return CanonicalJson.parseObject(r.body());
    }

    private static long count(String sql) throws SQLException {
        return SQL.count(sql);
    }
}
