package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.OwnKeys;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.Sql;
import org.parkchain.testsupport.WebClient;

/**
 * Races in the rights market, on a {@link TradingFixture} of its own: two stations accept the same P2P offer at once
 * (exactly one wins, the other is told it is taken); six sessions of two stations take 1 kW each from a 3 kW offer at
 * once (exactly three win); orders placed while the park admin clears, three rounds (each order joins one clearing or
 * the next, none is left open, none is filled twice in a slot). Afterwards every slot is within the margin and every
 * station at least 0.
 */
class RightsTradingRacesIT {
    static String base;
    static Sql sql;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        RightsTradingIT.base = base;
        sql = new Sql("parkchain_app");
    }

    @Test
    void noRightIsSoldTwice() throws Exception {
        TradingFixture f = new TradingFixture(base, "RR", 2);
        f.submitRequirements();
        f.allocate();
        long t = f.transformer;
        long a = f.a;
        long b = f.b;
        long c = f.c;
        LocalDate day = f.day;
        WebClient admin = f.admin;
        WebClient one = f.one;
        WebClient two = f.two;
        WebClient three = f.three;
        OwnKeys keyOne = f.keyOne;
        OwnKeys keyTwo = f.keyTwo;
        OwnKeys keyThree = f.keyThree;

        // two stations accept the same open offer at once: exactly one wins
        long race = RightsTradingIT.created(f.signed(two, keyTwo, "/api/charging/offers/payload",
                f.order(b, "SELL", "18:00", "19:00", "2", "0.6"), "/api/charging/offers"));
        String payloadA = one.postJson("/api/charging/offers/" + race + "/accept/payload", "{\"stationId\":" + a
                + ",\"kw\":2}", null, null).body();
        String payloadC = three.postJson("/api/charging/offers/" + race + "/accept/payload", "{\"stationId\":" + c
                + ",\"kw\":2}", null, null).body();
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> keyOne.post(one, base,
                "/api/charging/offers/accept", payloadA));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> keyThree.post(three, base,
                "/api/charging/offers/accept", payloadC));
        int[] codes = {first.get().statusCode(), second.get().statusCode()};
        java.util.Arrays.sort(codes);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {201, 400}, codes, "exactly one wins");
        HttpResponse<String> loser = first.get().statusCode() == 400 ? first.get() : second.get();
        assertTrue(loser.body().contains("already been taken"), loser.body());
        assertEquals(1, sql.count("SELECT count(*) FROM charging_acceptance a JOIN charging_offer o ON o.id = "
                + "a.offer_id WHERE o.transformer_id = " + t));

        // six sessions of two stations take 1 kW each from a 3 kW offer at once: exactly three succeed
        long many = RightsTradingIT.created(f.signed(two, keyTwo, "/api/charging/offers/payload",
                f.order(b, "SELL", "18:00", "19:00", "3", "0.7"), "/api/charging/offers"));
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> takers =
                new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean isA = i % 2 == 0;
            WebClient session = ParticipantLoad.loggedIn(base, isA ? "station1" : "station3");
            String payload = session.postJson("/api/charging/offers/" + many + "/accept/payload", "{\"stationId\":"
                    + (isA ? a : c) + ",\"kw\":1}", null, null).body();
            OwnKeys key = isA ? keyOne : keyThree;
            takers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> key.post(session, base,
                    "/api/charging/offers/accept", payload)));
        }
        long won = 0;
        for (var taker : takers) {
            won += taker.get().statusCode() == 201 ? 1 : 0;
        }
        assertEquals(3, won, "no right sold twice");
        assertEquals("TAKEN", CanonicalJson.parseArray(admin.getJson("/api/charging/offers?day=" + day, null, null)
                .body()).stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("id").longValue() == many)
                .findFirst().orElseThrow().getString("status"));

        // orders placed while the admin clears: each joins this clearing or waits for the next, none is lost
        for (int round = 0; round < 3; round++) {
            var sell = java.util.concurrent.CompletableFuture.supplyAsync(() -> f.signed(two, keyTwo,
                    "/api/charging/orders/payload", f.order(b, "SELL", "18:00", "19:00", "2", "0.5"),
                    "/api/charging/orders"));
            var buy = java.util.concurrent.CompletableFuture.supplyAsync(() -> f.signed(one, keyOne,
                    "/api/charging/orders/payload", f.order(a, "BUY", "18:00", "19:00", "2", "1.2"),
                    "/api/charging/orders"));
            var clear = java.util.concurrent.CompletableFuture.supplyAsync(() -> admin.postJson(
                    "/api/charging/clearings", "{\"day\":\"" + day + "\"}", null, null));
            assertEquals(201, sell.get().statusCode(), sell.get().body());
            assertEquals(201, buy.get().statusCode(), buy.get().body());
            assertEquals(201, clear.get().statusCode(), clear.get().body());
        }
        assertEquals(201, admin.postJson("/api/charging/clearings", "{\"day\":\"" + day + "\"}", null, null)
                .statusCode());
        assertEquals(0, sql.count("SELECT count(*) FROM charging_order WHERE transformer_id = " + t
                + " AND status = 'OPEN'"), "every order cleared once");
        assertEquals(0, sql.count("SELECT count(*) FROM (SELECT order_id, slot FROM charging_fill WHERE "
                + "transformer_id = " + t + " AND order_id IS NOT NULL GROUP BY order_id, slot HAVING count(*) > 1) "
                + "twice"), "no order filled twice in a slot");

        // the invariant holds: every slot within the margin, every station at least 0 and at most 40 kW
        JsonObject report = ChargingRightsIT.report(CanonicalJson.parseArray(admin.getJson(
                "/api/charging/allocations?day=" + day, null, null).body()), t);
        double[] sum = new double[96];
        for (JsonValue v : report.getJsonArray("stations")) {
            JsonArray current = v.asJsonObject().getJsonArray("currentKw");
            for (int slot = 0; slot < 96; slot++) {
                double x = current.getJsonNumber(slot).doubleValue();
                assertTrue(x >= -1e-6 && x <= 40 + 1e-6, "within 0..40 kW: " + x);
                sum[slot] += x;
            }
        }
        for (int slot = 0; slot < 96; slot++) {
            assertTrue(sum[slot] <= report.getJsonArray("marginKw").getJsonNumber(slot).doubleValue() + 1e-3);
        }
    }
}
