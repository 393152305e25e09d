package org.parkchain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * A user changes their own password: the current one is required and the rules are the admin's; afterwards only the
 * new password logs in and opens the key the park holds for the user's certificate, and the ledger records the change
 * without the password.
 */
class PasswordChangeIT {
    static final String FIRST = "first-pass-1";
    static final String SECOND = "second-pass-2";
    static String base;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    @Test
    void aUserChangesTheirPasswordAndTheirHeldKeyFollows() throws Exception {
        WebClient admin = new WebClient(base);
        String code = ParticipantLoad.newCreditCode();
        long participant = id(admin.postJson("/api/participants", "{\"type\":\"RESIDENT\",\"nameEn\":\"Password "
                + "Tea Shop\",\"nameZh\":\"密码茶铺\",\"creditCode\":\"" + code + "\"}", "admin", RunningApp.DEMO_PASSWORD));
        String username = "pw-" + code.substring(10).toLowerCase();
        long user = id(admin.postJson("/api/admin/users", "{\"username\":\"" + username + "\",\"displayName\":\"Pw\","
                + "\"password\":\"" + FIRST + "\",\"participantId\":" + participant + "}", "admin",
                RunningApp.DEMO_PASSWORD));
        WebClient me = new WebClient(base);
        long application = id(me.postJson("/api/access/applications", "{\"password\":\"" + FIRST + "\"}", username,
                FIRST));
        assertEquals(200, new WebClient(base).postJson("/api/access/applications/" + application + "/approve", "",
                "regulator", RunningApp.DEMO_PASSWORD).statusCode());

        assertRefused(me.postJson("/api/me/password", body("wrong-one-1", SECOND), username, FIRST),
                "currentPassword", "Your current password is not correct.");
        assertRefused(me.postJson("/api/me/password", body(FIRST, "short"), username, FIRST), "newPassword",
                "at least 8 characters");
        assertRefused(me.postJson("/api/me/password", body(FIRST, FIRST), username, FIRST), "newPassword",
                "must differ");
        assertRefused(new WebClient(base).language("zh-CN").postJson("/api/me/password", body("wrong-one-1", SECOND),
                username, FIRST), "currentPassword", "当前密码不正确");
        assertEquals(200, me.getJson("/api/me", username, FIRST).statusCode(), "nothing changed yet");

        HttpResponse<String> changed = me.postJson("/api/me/password", body(FIRST, SECOND), username, FIRST);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(1, CanonicalJson.parseObject(changed.body()).getInt("keysProtectedAgain"));
        assertEquals(401, new WebClient(base).getJson("/api/me", username, FIRST).statusCode(), "old one refused");
        assertEquals(200, new WebClient(base).getJson("/api/me", username, SECOND).statusCode());

        assertEquals(400, bundle(username, application, FIRST).statusCode(), "the held key no longer opens with it");
        HttpResponse<byte[]> p12 = bundle(username, application, SECOND);
        assertEquals(200, p12.statusCode());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(p12.body()), SECOND.toCharArray());
        assertTrue(store.isKeyEntry("parkchain"));

        String history = new WebClient(base).getJson("/api/audit/records/user:" + user, "regulator",
                RunningApp.DEMO_PASSWORD).body();
        assertTrue(history.contains("user.password-changed"), history);
        assertFalse(history.contains(SECOND) || history.contains(FIRST), "no password on the ledger");
    }

    private static String body(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    }

    private static HttpResponse<byte[]> bundle(String username, long application, String password) {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + SECOND)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new WebClient(base).sendBytes(HttpRequest.newBuilder(URI.create(base + "/api/access/applications/"
                        + application + "/bundle")).header("Authorization", basic).header("Content-Type",
                        "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + password
                        + "\"}")).build());
    }

    private static void assertRefused(HttpResponse<String> r, String field, String text) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"" + field + "\"") && r.body().contains(text), r.body());
    }

    private static long id(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
        JsonObject o = CanonicalJson.parseObject(r.body());
        return o.getJsonNumber("id").longValue();
    }
}
