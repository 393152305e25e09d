package org.parkchain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.Sql;
import org.parkchain.testsupport.StackTraces;
import org.parkchain.testsupport.WebClient;

/**
 * Security data is audited like market data: a password hash changed in SQL and a denial deleted from the log are
 * reported by the audit; a lockout is recorded; a malformed hash refuses the login instead of failing.
 */
class SecurityDataAuditIT {
    static String base;
    static WebClient regulator;
    static Sql sql;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        sql = new Sql("parkchain_app");
    }

    /** Someone with database access sets a password of its own choosing for station3: it works, and it is reported. */
    @Test
    void aPasswordHashChangedInTheDatabaseIsReportedByTheAudit() throws Exception {
        long id = sql.count("SELECT id FROM user_account WHERE username = 'station3'");
        String original = sql.string("SELECT password_hash FROM user_account WHERE id = " + id);
        sql.awaitBacklogDrained();
        sql.execute("UPDATE user_account SET password_hash = '" + pbkdf2("attacker-chosen-1") + "' WHERE id = " + id);
        try {
            assertEquals(200, new WebClient(base).getJson("/api/access/standing", "station3", "attacker-chosen-1")
                    .statusCode(), "the planted password works");
            assertTrue(findings().contains("\"aggregateId\":\"user:" + id + "\""), "reported");
        } finally {
            sql.execute("UPDATE user_account SET password_hash = '" + original + "' WHERE id = " + id);
        }
        assertFalse(findings().contains("\"aggregateId\":\"user:" + id + "\""), "restored");
    }

    @Test
    void aDeletedAccessDenialIsReportedByTheAudit() throws Exception {
        WebClient gen3 = ParticipantLoad.loggedIn(base, "gen3");
        HttpResponse<String> refused = gen3.postJson("/api/access/signature-checks?action=audit-probe", "{}", null,
                null);
        assertEquals(400, refused.statusCode(), refused.body());
        long id = sql.count("SELECT max(id) FROM access_denial");
        assertTrue(regulator.getJson("/api/audit/records/denial:" + id, null, null).body().contains("access.denied"),
                "the denial is recorded for the ledger");
        sql.awaitBacklogDrained();
        String row = sql.string("SELECT format('%L, %L, %L, %L, %L, %L, %L', id, at, username, action, refusal, "
                + "fingerprint, detail) FROM access_denial WHERE id = " + id);
        sql.execute("DELETE FROM access_denial WHERE id = " + id);
        try {
            String report = findings();
            assertTrue(report.contains("\"aggregateId\":\"denial:" + id + "\"") && report.contains("RECORD_DELETED"),
                    report);
        } finally {
            sql.execute("INSERT INTO access_denial (id, at, username, action, refusal, fingerprint, detail) "
                    + "OVERRIDING SYSTEM VALUE VALUES (" + row + ")");
        }
        assertFalse(findings().contains("\"aggregateId\":\"denial:" + id + "\""), "restored");
    }

    @Test
    void aMalformedPasswordHashRefusesTheLoginWith401() throws Exception {
        long id = sql.count("SELECT id FROM user_account WHERE username = 'station3'");
        String original = sql.string("SELECT password_hash FROM user_account WHERE id = " + id);
        sql.execute("UPDATE user_account SET password_hash = 'not-a-pbkdf2-hash' WHERE id = " + id);
        try {
            HttpResponse<String> r = new WebClient(base).getJson("/api/access/standing", "station3",
                    RunningApp.DEMO_PASSWORD);
            assertEquals(401, r.statusCode(), r.body());
            assertFalse(StackTraces.in(r.body()), r.body());
        } finally {
            sql.execute("UPDATE user_account SET password_hash = '" + original + "' WHERE id = " + id);
        }
        assertEquals(200, new WebClient(base).getJson("/api/access/standing", "station3", RunningApp.DEMO_PASSWORD)
                .statusCode());
    }

    /** A hash in the format Jakarta Security's PBKDF2 store writes: algorithm:iterations:salt:hash (Base64). */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 2048, 256)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:2048:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static String findings() {
        HttpResponse<String> r = regulator.postJson("/api/audit/verifications", "", null, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = CanonicalJson.parseObject(r.body());
        return report.getJsonArray("findings").toString();
    }
}
