package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.OwnKeys;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.Sql;
import org.parkchain.testsupport.WebClient;

/**
 * Trading charging rights over REST on a transformer of its own (200 kW, base load 100 kW), three operators with one
 * station each, all with rights in 17:00–19:00 of one day (A 15 kW, B 30 kW, C 10 kW in every slot, forced by their
 * minimums; each may take up to 40 kW). Every bad order is refused in the user's language with
 * nothing saved. In 17:00–18:00 station A bids 10 kW at 1.200, C 10 kW at 0.400, B asks 10 kW at 0.500: per slot
 * k = 100 lots, b_101 = 0.400 (C), s_101 = the cap 2.000, so p0 = 1.200 lies in [0.500, 1.200] and McAfee trades all
 * 10 kW at 1.200 (worked by hand): A pays 3.00 CNY per slot, B receives 3.00, welfare 1.75 CNY per slot, no surplus.
 * The schedules (JSON, CSV) move by 10 kW; the result is sealed by the market CA; the invariant holds. On the P2P
 * board an offer for a preferred partner is invisible to others and accepted in part. Races are in
 * {@link RightsTradingRacesIT}.
 */
class RightsTradingIT {
    static String base;
    static WebClient admin;
    static WebClient one;
    static WebClient two;
    static WebClient three;
    static WebClient regulator;
    static Sql sql;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        admin = ParticipantLoad.loggedIn(base, "admin");
        one = ParticipantLoad.loggedIn(base, "station1");
        two = ParticipantLoad.loggedIn(base, "station2");
        three = ParticipantLoad.loggedIn(base, "station3");
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        sql = new Sql("parkchain_app");
    }

    static String order(long station, LocalDate day, String side, String from, String to, String kw, String price) {
        return "{\"stationId\":" + station + ",\"day\":\"" + day + "\",\"side\":\"" + side + "\",\"from\":\"" + from
                + "\",\"to\":\"" + to + "\",\"quantityKw\":" + kw + ",\"price\":" + price + "}";
    }

    static HttpResponse<String> signed(WebClient c, OwnKeys key, String prepare, String body, String submit) {
        HttpResponse<String> payload = c.postJson(prepare, body, null, null);
        assertEquals(200, payload.statusCode(), payload.body());
        return key.post(c, base, submit, payload.body());
    }

    static long created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return ChargingRightsIT.object(r).getJsonNumber("id").longValue();
    }

    static double[] kw(WebClient c, long station, LocalDate day, String field) {
        JsonObject s = ChargingRightsIT.object(c.getJson("/api/charging/schedules/" + station + "?day=" + day, null,
                null));
        return s.getJsonArray(field).stream().mapToDouble(v -> ((jakarta.json.JsonNumber) v).doubleValue()).toArray();
    }

    @Test
    void stationsTradeInTheCallMarketAndOnTheBoard() throws Exception {
        TradingFixture f = new TradingFixture(base, "TR", 2);
        long t = f.transformer;
        long a = f.a;
        long b = f.b;
        long c = f.c;
        LocalDate day = f.day;
        OwnKeys keyOne = f.keyOne;
        OwnKeys keyTwo = f.keyTwo;
        OwnKeys keyThree = f.keyThree;

        // before the allocation: no trading
        ChargingRightsIT.refused(one.postJson("/api/charging/orders/payload", order(a, day, "BUY", "17:00", "18:00",
                "10", "1.2"), null, null), "have not been allocated yet");
        // a slot that has started: yesterday's (allocated for the test, with no rights) cannot be traded
        LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        HttpResponse<String> past = admin.postJson("/api/charging/allocations", "{\"day\":\"" + yesterday + "\"}",
                null, null);
        assertEquals(201, past.statusCode(), past.body());
        ChargingRightsIT.refused(one.postJson("/api/charging/orders/payload", order(a, yesterday, "BUY", "17:00",
                "18:00", "5", "0.5"), null, null), "The slot at 17:00 can no longer be traded");
        f.submitRequirements();
        f.allocate();
        double[] aBefore = kw(one, a, day, "kw");
        double[] bBefore = kw(two, b, day, "kw");
        assertEquals(15, aBefore[68], 1e-9);
        assertEquals(30, bBefore[71], 1e-9);

        // bad orders: each refused in the user's language, nothing saved
        long orders = sql.count("SELECT count(*) FROM charging_order");
        ChargingRightsIT.refused(two.postJson("/api/charging/orders/payload", order(b, day, "SELL", "17:00", "18:00",
                "200", "0.5"), null, null), "cannot sell 200.0 kW at 17:00");
        ChargingRightsIT.refused(one.postJson("/api/charging/orders/payload", order(a, day, "BUY", "16:00", "17:00",
                "5", "0.5"), null, null), "outside its charging window 17:00–19:00");
        ChargingRightsIT.refused(one.postJson("/api/charging/orders/payload", order(a, day, "BUY", "17:00", "18:00",
                "5", "2.5"), null, null), "cap of 2.000 CNY/kWh");
        ChargingRightsIT.refused(one.postJson("/api/charging/orders/payload", order(a, day, "BUY", "17:00", "18:00",
                "5", "-0.1"), null, null), "cap of 2.000 CNY/kWh");
        ChargingRightsIT.refused(one.postJson("/api/charging/orders/payload", order(a, day, "BUY", "17:00", "18:00",
                "0", "0.5"), null, null), "must be above 0 kW");
        ChargingRightsIT.refused(one.postJson("/api/charging/orders/payload", order(b, day, "BUY", "17:00", "18:00",
                "5", "0.5"), null, null), "is not one of yours");
        ChargingRightsIT.refused(one.language("zh-CN").postJson("/api/charging/orders/payload", order(b, day, "BUY",
                "17:00", "18:00", "5", "0.5"), null, null), "不属于您");
        one.language("en");
        String unsigned = one.postJson("/api/charging/orders/payload", order(a, day, "BUY", "17:00", "18:00", "10",
                "1.2"), null, null).body();
        assertEquals(400, one.postJson("/api/charging/orders", unsigned, null, null).statusCode(), "unsigned");
        ChargingRightsIT.refused(keyOne.post(one, base, "/api/charging/orders", unsigned.replace(
                "\"username\":\"station1\"", "\"username\":\"station2\"")), "not the one prepared for you");
        assertEquals(orders, sql.count("SELECT count(*) FROM charging_order"), "nothing saved");

        // the call market, worked by hand above
        long buyA = created(keyOne.post(one, base, "/api/charging/orders", unsigned));
        long buyC = created(signed(three, keyThree, "/api/charging/orders/payload", order(c, day, "BUY", "17:00",
                "18:00", "10", "0.4"), "/api/charging/orders"));
        long sellB = created(signed(two, keyTwo, "/api/charging/orders/payload", order(b, day, "SELL", "17:00",
                "18:00", "10", "0.5"), "/api/charging/orders"));
        // the sell order reserves B's rights: selling them again elsewhere is refused
        ChargingRightsIT.refused(two.postJson("/api/charging/offers/payload", order(b, day, "SELL", "17:00", "18:00",
                "20.1", "0.5"), null, null), "of which 10.0 kW are offered already");
        assertEquals(404, one.getJson("/api/charging/orders/" + sellB, null, null).statusCode());
        HttpResponse<String> cleared = admin.postJson("/api/charging/clearings", "{\"day\":\"" + day + "\"}", null,
                null);
        assertEquals(201, cleared.statusCode(), cleared.body());
        // read back from the day's clearings (the clearing job could have cleared these orders a moment before)
        JsonObject clearing = CanonicalJson.parseArray(admin.getJson("/api/charging/clearings?day=" + day, null, null)
                .body()).stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("transformerId")
                .longValue() == t).findFirst().orElseThrow();
        String[] buyPrices = clearing.getString("buyPrice").split(",");
        String[] traded = clearing.getString("tradedKw").split(",");
        for (int slot = 68; slot < 72; slot++) {
            assertEquals("1.2", buyPrices[slot]);
            assertEquals("10", traded[slot]);
        }
        assertEquals("-1", buyPrices[72]);
        assertEquals(7.0, Double.parseDouble(clearing.getString("welfareCny")), 1e-9);
        assertEquals(0, Double.parseDouble(clearing.getString("surplusCny")), 1e-9);
        JsonObject detail = ChargingRightsIT.object(admin.getJson("/api/charging/clearings/" + clearing.getJsonNumber(
                "id"), null, null));
        assertEquals(8, detail.getJsonArray("fills").size(), "A and B in four slots; C got nothing");
        JsonObject fill = detail.getJsonArray("fills").getJsonObject(0);
        assertEquals(buyA, fill.getJsonNumber("orderId").longValue());
        assertEquals(3.0, fill.getJsonNumber("amountCny").doubleValue(), 1e-9);
        assertEquals(4, ChargingRightsIT.object(one.getJson("/api/charging/clearings/" + clearing.getJsonNumber("id"),
                null, null)).getJsonArray("fills").size(), "an operator sees only its own fills");
        assertEquals("CLEARED", ChargingRightsIT.object(three.getJson("/api/charging/orders/" + buyC, null, null))
                .getString("status"));
        // the market's seal verifies with the market CA's certificate
        String chain = one.get("/crl/ca-chain.pem").body();
        X509Certificate market = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(chain.getBytes(StandardCharsets.US_ASCII)));
        Signature verify = Signature.getInstance("SHA256withECDSA");
        verify.initVerify(market.getPublicKey());
        verify.update(detail.getString("sealed").getBytes(StandardCharsets.UTF_8));
        assertTrue(verify.verify(Base64.getDecoder().decode(detail.getString("seal"))), "sealed by the market CA");

        double[] aAfter = kw(one, a, day, "kw");
        double[] bAfter = kw(two, b, day, "kw");
        for (int slot = 0; slot < 96; slot++) {
            double moved = slot >= 68 && slot < 72 ? 10 : 0;
            assertEquals(aBefore[slot] + moved, aAfter[slot], 1e-6, "A at slot " + slot);
            assertEquals(bBefore[slot] - moved, bAfter[slot], 1e-6, "B at slot " + slot);
        }
        assertEquals(aBefore[68], kw(one, a, day, "allocatedKw")[68], 1e-9, "the allocation itself is unchanged");
        String csv = one.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                + "/api/charging/schedules/" + a + "/csv?day=" + day)).header("Accept", "text/csv").GET().build())
                .body();
        assertTrue(csv.contains(",17:00,17:15," + org.parkchain.charging.control.SlotTimes.figure(aAfter[68])), csv);

        // the P2P board: B offers 5 kW in 18:00-19:00 to A only; C does not see it; A takes 3 kW
        String offerB = order(b, day, "SELL", "18:00", "19:00", "5", "0.8").replace("}",
                ",\"partners\":[\"" + f.codeA + "\"]}");
        long offer = created(signed(two, keyTwo, "/api/charging/offers/payload", offerB, "/api/charging/offers"));
        assertFalse(three.getJson("/api/charging/offers?day=" + day, null, null).body().contains("\"id\":" + offer
                + ","), "not a preferred partner");
        assertEquals(404, three.postJson("/api/charging/offers/" + offer + "/accept/payload", "{\"stationId\":" + c
                + ",\"kw\":1}", null, null).statusCode());
        ChargingRightsIT.refused(two.postJson("/api/charging/offers/" + offer + "/accept/payload",
                "{\"stationId\":" + b + ",\"kw\":1}", null, null), "is your own");
        ChargingRightsIT.refused(one.postJson("/api/charging/offers/" + offer + "/accept/payload",
                "{\"stationId\":" + a + ",\"kw\":6}", null, null), "Only 5 kW of the offer remain");
        HttpResponse<String> taken = signed(one, keyOne, "/api/charging/offers/" + offer + "/accept/payload",
                "{\"stationId\":" + a + ",\"kw\":3}", "/api/charging/offers/accept");
        assertEquals(201, taken.statusCode(), taken.body());
        assertEquals("2.0", ChargingRightsIT.object(taken).get("offerRemainingKw").toString());
        assertEquals(aAfter[72] + 3, kw(one, a, day, "kw")[72], 1e-6);
        assertEquals(bAfter[75] - 3, kw(two, b, day, "kw")[75], 1e-6);

        // the invariant holds: every slot within the margin, every station at least 0
        JsonObject report = ChargingRightsIT.report(CanonicalJson.parseArray(admin.getJson(
                "/api/charging/allocations?day=" + day, null, null).body()), t);
        double[] sum = new double[96];
        for (JsonValue v : report.getJsonArray("stations")) {
            JsonArray current = v.asJsonObject().getJsonArray("currentKw");
            for (int slot = 0; slot < 96; slot++) {
                double x = current.getJsonNumber(slot).doubleValue();
                assertTrue(x >= -1e-6, "no station below 0");
                sum[slot] += x;
            }
        }
        for (int slot = 0; slot < 96; slot++) {
            assertTrue(sum[slot] <= report.getJsonArray("marginKw").getJsonNumber(slot).doubleValue() + 1e-3);
        }
        assertEquals(3, sql.count("SELECT count(*) FROM ledger_outbox WHERE type = 'order.placed' AND aggregate_id IN "
                + "('order:" + buyA + "', 'order:" + buyC + "', 'order:" + sellB + "')"));
        assertEquals(1, sql.count("SELECT count(*) FROM ledger_outbox WHERE type = 'clearing.run' AND aggregate_id = "
                + "'clearing:" + clearing.getJsonNumber("id") + "'"));
        assertEquals(1, sql.count("SELECT count(*) FROM ledger_outbox WHERE type = 'acceptance.signed' AND "
                + "aggregate_id IN (SELECT 'acceptance:' || a.id FROM charging_acceptance a JOIN charging_offer o ON "
                + "o.id = a.offer_id WHERE o.transformer_id = " + t + ")"));

        String openapi = admin.getJson("/openapi", null, null).body();
        for (String path : new String[] {"/api/charging/orders/payload", "/api/charging/offers/accept",
            "/api/charging/clearings/{id}", "/api/charging/bid-helper"}) {
            assertTrue(openapi.contains(path), path + " in the OpenAPI document");
        }

        // a revoked certificate cannot place an order
        assertEquals(200, regulator.postJson("/api/access/certificates/" + keyThree.certificateId() + "/revoke",
                "{\"reason\":4}", null, null).statusCode());
        ChargingRightsIT.refused(signed(three, keyThree, "/api/charging/orders/payload", order(c, day, "BUY", "18:00",
                "19:00", "1", "0.4"), "/api/charging/orders"), "revoked");
    }
}
