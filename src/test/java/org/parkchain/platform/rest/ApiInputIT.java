package org.parkchain.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.StackTraces;
import org.parkchain.testsupport.WebClient;

/**
 * Bad input to the API as a newcomer sends it: every endpoint that reads a JSON body or a typed query parameter
 * answers a field of the wrong type with a 400 problem naming the field (never 404 or 500), unknown filter words
 * list the accepted ones, and absurd loads and months are refused with the reason.
 */
class ApiInputIT {
    static String base;

    /** method, path, body (null: query only), user, the field the problem must name. */
    record Case(String method, String path, String body, String user, String field) {
    }

    static final List<Case> WRONG_TYPES = List.of(
            new Case("POST", "/api/agreements/recommendations", "{\"gamma\":\"0.5\",\"archetype\":\"SHOP\","
                    + "\"annualKwh\":20000}", "resident01", "gamma"),
            new Case("POST", "/api/agreements/recommendations", "{\"archetype\":\"SHOP\",\"annualKwh\":\"lots\"}",
                    "resident01", "annualKwh"),
            new Case("POST", "/api/agreements/recommendations", "{\"monthlyKwh\":[1,\"x\"],\"pattern\":\"OFFICE\"}",
                    "resident01", "monthlyKwh"),
            new Case("POST", "/api/agreements/recommendations?gamma=abc", null, "resident01", "gamma"),
            new Case("POST", "/api/access/applications", "{\"licenceExpiry\":12}", "large1", "licenceExpiry"),
            new Case("POST", "/api/access/applications", "{\"csr\":[\"x\"]}", "large1", "csr"),
            new Case("POST", "/api/access/applications/1/reject", "{\"reason\":5}", "regulator", "reason"),
            new Case("POST", "/api/access/applications/1/bundle", "{\"password\":1}", "large1", "password"),
            new Case("POST", "/api/access/certificates/1/revoke", "{\"reason\":\"x\"}", "regulator", "reason"),
            new Case("POST", "/api/admin/users", "{\"username\":7}", "admin", "username"),
            new Case("POST", "/api/admin/users", "{\"username\":\"x\",\"participantId\":\"one\"}", "admin",
                    "participantId"),
            new Case("POST", "/api/participants", "{\"type\":\"LARGE_USER\",\"licenceExpiry\":\"soon\"}", "admin",
                    "licenceExpiry"),
            new Case("GET", "/api/access/certificates?expiringWithinDays=abc", null, "regulator",
                    "expiringWithinDays"),
            new Case("POST", "/api/transformers", "{\"code\":\"T9\",\"ratedKva\":\"big\"}", "admin", "ratedKva"),
            new Case("PUT", "/api/transformers/1", "{\"powerFactor\":[1]}", "admin", "powerFactor"),
            new Case("POST", "/api/stations", "{\"transformerId\":\"T1\"}", "admin", "transformerId"),
            new Case("PUT", "/api/stations/1", "{\"connectors\":2.5}", "admin", "connectors"),
            new Case("POST", "/api/agreements/imports", "{\"residentParticipantId\":\"x\"}", "admin",
                    "residentParticipantId"),
            new Case("POST", "/api/agreements/imports", "{\"residentParticipantId\":1,\"planId\":1,"
                    + "\"startsOn\":\"March\"}", "admin", "startsOn"),
            new Case("POST", "/api/me/password", "{\"currentPassword\":1}", "resident01", "currentPassword"),
            new Case("POST", "/api/agreements/agreements/1/decline", "{\"reason\":[]}", "sales1", "reason"));

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingTheFieldOnEveryEndpoint() {
        for (Case c : WRONG_TYPES) {
            HttpResponse<String> r = send(c);
            assertEquals(400, r.statusCode(), c + ": " + r.body());
            assertTrue(r.body().contains("\"" + c.field() + "\"") || r.body().contains(" " + c.field() + " "),
                    c + " names the field: " + r.body());
            assertFalse(StackTraces.in(r.body()), r.body());
        }
    }

    @Test
    void filterWordsAreTheOnesThePagesShowAndUnknownOnesListTheAcceptedOnes() {
        WebClient regulator = new WebClient(base);
        assertEquals(200, regulator.getJson("/api/access/certificates?status=VALID", "regulator",
                RunningApp.DEMO_PASSWORD).statusCode());
        HttpResponse<String> bogus = regulator.getJson("/api/access/certificates?status=bogus", "regulator",
                RunningApp.DEMO_PASSWORD);
        assertEquals(400, bogus.statusCode());
        assertTrue(bogus.body().contains("VALID, EXPIRED, REVOKED, NOT_YET_VALID"), bogus.body());
        HttpResponse<String> role = regulator.getJson("/api/access/certificates?role=KING", "regulator",
                RunningApp.DEMO_PASSWORD);
        assertEquals(400, role.statusCode());
        assertTrue(role.body().contains("RESIDENT, SALES_COMPANY"), role.body());
    }

    @Test
    void absurdLoadsAreRefusedWithTheReason() {
        WebClient resident = new WebClient(base);
        HttpResponse<String> tiny = resident.postJson("/api/agreements/recommendations",
                "{\"monthlyKwh\":[0.0001,0,0,0,0,0,0,0,0,0,0,0],\"pattern\":\"OFFICE\"}", "resident01",
                RunningApp.DEMO_PASSWORD);
        assertEquals(400, tiny.statusCode(), tiny.body());
        assertTrue(tiny.body().contains("fees outweigh every price difference"), tiny.body());
        HttpResponse<String> small = resident.postJson("/api/agreements/recommendations",
                "{\"archetype\":\"SHOP\",\"annualKwh\":1e-7}", "resident01", RunningApp.DEMO_PASSWORD);
        assertEquals(400, small.statusCode(), small.body());
        HttpResponse<String> huge = resident.postJson("/api/agreements/recommendations",
                "{\"archetype\":\"SHOP\",\"annualKwh\":9e9}", "resident01", RunningApp.DEMO_PASSWORD);
        assertTrue(huge.statusCode() == 400 && huge.body().contains("large user"), huge.body());
    }

    @Test
    void aBillRunForAMonthBeforeAnyReadingsIsRefused() {
        HttpResponse<String> r = new WebClient(base).postJson("/api/agreements/bill-runs?month=1900-01", "", "admin",
                RunningApp.DEMO_PASSWORD);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("nothing to bill"), r.body());
    }

    @Test
    void theRecommendationCarriesTheBadYearCostWithFeesAndTheExplanation() {
        HttpResponse<String> r = new WebClient(base).language("zh-CN").postJson("/api/agreements/recommendations",
                "{\"gamma\":1,\"archetype\":\"SHOP\",\"annualKwh\":20000}", "resident01", RunningApp.DEMO_PASSWORD);
        assertEquals(200, r.statusCode(), r.body());
        var json = org.parkchain.platform.canonical.CanonicalJson.parseObject(r.body());
        for (var x : json.getJsonArray("ranking").getValuesAs(jakarta.json.JsonObject.class)) {
            assertTrue(Double.parseDouble(x.getString("badYearCost")) >= Double.parseDouble(x.getString("expectedCost"))
                    - 0.01, x.toString());
        }
        assertTrue(json.getJsonArray("explanation").getString(0).contains("排名第一"), json.toString());
    }

    private static HttpResponse<String> send(Case c) {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((c.user() + ":"
                + RunningApp.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + c.path())).header("Authorization", basic)
                .header("Accept", "application/json");
        if (c.body() == null) {
            b = "GET".equals(c.method()) ? b.GET() : b.header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("timestamp,kWh\n2026-03-01 00:00,0.5\n"));
        } else {
            b = b.header("Content-Type", "application/json").method(c.method(),
                    HttpRequest.BodyPublishers.ofString(c.body()));
        }
        return new WebClient(base).send(b.build());
    }
}
