package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
 * Two application nodes on one database close the same day's gate at the same moment: each transformer's day is
 * allocated once (the advisory lock per transformer and the unique key), both nodes answer with the same runs, and
 * the ledger outbox has one entry per run.
 */
class ChargingTwoNodesIT {
    private static final String DB = "parkchain_charging_nodes";
    private static final Sql SQL = new Sql(DB);
    private static PayaraProcess first;
    private static PayaraProcess second;
    private static String baseA;
    private static String baseB;

    @BeforeAll
    static void start() {
        int a = TestDatabase.freePort();
        first = node("a", a);
        int b = TestDatabase.freePort();
        second = node("b", b);
        baseA = "http://localhost:" + a;
        baseB = "http://localhost:" + b;
    }

    @AfterAll
    static void stop() {
        for (PayaraProcess p : new PayaraProcess[] {first, second}) {
            if (p != null) {
                p.close();
            }
        }
    }

    private static PayaraProcess node(String name, int port) {
        PayaraProcess p = PayaraProcess.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("parkchain.war")), port, Map.of(
                        "PARKCHAIN_DB_URL", TestDatabase.database(DB),
                        "PARKCHAIN_DB_USER", EmbeddedDatabase.APP_USER,
                        "PARKCHAIN_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD,
                        "PARKCHAIN_SECURITY_PBKDF2_ITERATIONS", "2048",
                        "PARKCHAIN_ACCESS_CA_KEYSTORE", Path.of("target", DB + "-ca.p12").toAbsolutePath().toString(),
                        "PARKCHAIN_LEDGER_EMBEDDED_KEYSTORE",
                        Path.of("target", DB + "-ledger-node.p12").toAbsolutePath().toString()),
                Path.of("target", "it-charging-payara-" + name + ".log"));
        p.awaitReady(Duration.ofMinutes(4));
        return p;
    }

    @Test
    void bothNodesCloseTheSameGateAndEachTransformerIsAllocatedOnce() throws Exception {
        WebClient adminA = ParticipantLoad.loggedIn(baseA, "admin");
        WebClient adminB = ParticipantLoad.loggedIn(baseB, "admin");
        // the demo's second open day: requirements from all six stations, not allocated yet
        LocalDate day = LocalDate.parse(CanonicalJson.parseObject(adminA.getJson("/api/charging/gate", null, null)
                .body()).getString("nextOpenDay")).plusDays(1);
        String body = "{\"day\":\"" + day + "\"}";
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> onA = CompletableFuture.supplyAsync(() -> {
            await(go);
            return adminA.postJson("/api/charging/allocations", body, null, null);
        });
        CompletableFuture<HttpResponse<String>> onB = CompletableFuture.supplyAsync(() -> {
            await(go);
            return adminB.postJson("/api/charging/allocations", body, null, null);
        });
        go.countDown();
        HttpResponse<String> a = onA.get();
        HttpResponse<String> b = onB.get();
        assertEquals(201, a.statusCode(), a.body());
        assertEquals(201, b.statusCode(), b.body());
        assertEquals(runs(a), runs(b), "both nodes answer with the same runs");
        assertEquals(2, runs(a).size(), "T1 and T2");
        assertEquals(2, SQL.count("SELECT count(*) FROM charging_allocation WHERE day = DATE '" + day + "'"));
        assertEquals(2, SQL.count("SELECT count(*) FROM ledger_outbox o JOIN charging_allocation a ON o.aggregate_id"
                + " = 'allocation:' || a.id WHERE a.day = DATE '" + day + "' AND o.type = 'allocation.run'"));
    }

    /** Transformer code → allocation id. */
    private static Map<String, Long> runs(HttpResponse<String> r) {
        JsonArray reports = CanonicalJson.parseArray(r.body());
        Map<String, Long> ids = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            JsonObject report = reports.getJsonObject(i);
            ids.put(report.getString("transformer"), report.getJsonNumber("id").longValue());
        }
        return ids;
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
