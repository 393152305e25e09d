package org.parkchain.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.OwnKeys;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.Sql;
import org.parkchain.testsupport.WebClient;

/**
 * Settlement over REST: the park admin records a contract signed on paper (gen2 sells to sales2), imports last month's
 * metered delivery (bad files refused by line, nothing saved), the statement shows the arithmetic, a party confirms
 * it signed, the month is then settled, and the other party disputes it.
 */
class SettlementIT {
    static final YearMonth LAST = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    static String base;
    static WebClient admin;
    static WebClient gen;
    static WebClient sales;
    static WebClient regulator;
    static Sql sql;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        admin = ParticipantLoad.loggedIn(base, "admin");
        gen = ParticipantLoad.loggedIn(base, "gen2");
        sales = ParticipantLoad.loggedIn(base, "sales2");
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        sql = new Sql("parkchain_app");
    }

    @Test
    void aRecordedContractIsSettledFromMeteredDeliveryAndConfirmedOrDisputed() throws Exception {
        long genId = TradingIT.participant(gen);
        long salesId = TradingIT.participant(sales);
        LocalDate start = LAST.minusMonths(2).atDay(1);
        java.util.function.Supplier<jakarta.json.JsonObjectBuilder> terms = () -> TradingTerms.flat(genId, salesId,
                start, start.plusYears(1).minusDays(1), 0.4).add("profileWEEKDAY", TradingTerms.hours(24, 100))
                .add("profileWEEKEND", TradingTerms.hours(24, 100)).add("profileHOLIDAY", TradingTerms.hours(24, 100));
        TradingIT.assertRefused(admin.postJson("/api/trading/contract-imports", terms.get().build().toString(), null,
                null), "Name the paper contract");
        JsonObject contract = TradingIT.created(admin.postJson("/api/trading/contract-imports", terms.get().add(
                "reference", "Paper contract GX-2026-07 of 28 June").build().toString(), null, null));
        assertEquals("ACTIVE", contract.getString("status"));
        long id = contract.getJsonNumber("id").longValue();

        int days = LAST.lengthOfMonth();
        StringBuilder good = new StringBuilder("contract,interval,kWh\n");
        for (int slot = 0; slot < days * 96; slot++) {
            LocalDateTime at = LAST.atDay(1).atStartOfDay().plusMinutes(15L * slot);
            good.append(id).append(',').append(at.toString().replace('T', ' ')).append(",25\n");
        }
        long before = sql.count("SELECT count(*) FROM trading_delivery");
        String missingOne = good.toString().replace(id + "," + LAST.atDay(2) + " 03:15,25\n", "");
        TradingIT.assertRefused(csv(admin, "/api/trading/deliveries", missingOne), "has " + (days * 96 - 1) + " of its "
                + days * 96 + " quarter hours; the first missing one is " + LAST.atDay(2) + " 03:15");
        String broken = good.toString().replace(id + "," + LAST.atDay(1) + " 00:30,25", id + "," + LAST.atDay(1)
                + " 00:30,-4").replace(id + "," + LAST.atDay(1) + " 00:45,25", "999999," + LAST.atDay(1) + " 00:45,25");
        HttpResponse<String> refused = csv(admin, "/api/trading/deliveries", broken);
        TradingIT.assertRefused(refused, "Line 4: \\\"-4\\\" must be a number of kWh from 0 to 50000");
        assertTrue(refused.body().contains("Line 5: \\\"999999\\\" is not an active contract"), refused.body());
        assertEquals(before, sql.count("SELECT count(*) FROM trading_delivery"));

        JsonObject first = TradingIT.created(csv(admin, "/api/trading/deliveries", good.toString()))
                .getJsonArray("statements").getJsonObject(0);
        // 100 kW contracted every quarter hour = 25 kWh, delivered exactly: 0.40 × 2,400 kWh a day, no penalty
        assertEquals(String.format("%.2f", 960.0 * days), first.getString("amountDue"));
        assertEquals("0.00", first.getJsonObject("figures").getString("penalties"));
        // new figures before anybody confirmed replace the statement
        JsonObject second = TradingIT.created(csv(admin, "/api/trading/deliveries", good.toString().replace(
                id + "," + LAST.atDay(1) + " 00:00,25", id + "," + LAST.atDay(1) + " 00:00,30")))
                .getJsonArray("statements").getJsonObject(0);
        long statement = second.getJsonNumber("id").longValue();
        assertEquals(String.format("%.2f", 960.0 * days + 2), second.getString("amountDue"));

        OwnKeys genKey = OwnKeys.issue(gen, regulator, true);
        String payload = gen.getJson("/api/trading/statements/" + statement + "/confirm-payload", null, null).body();
        JsonObject confirmed = TradingIT.object(genKey.post(gen, base, "/api/trading/statements/" + statement
                + "/confirmations", payload));
        assertEquals(64, confirmed.getString("sellerFingerprint").length());
        TradingIT.assertRefused(genKey.post(gen, base, "/api/trading/statements/" + statement + "/confirmations",
                payload), "You have already confirmed this statement");
        TradingIT.assertRefused(csv(admin, "/api/trading/deliveries", good.toString()), "is settled");
        JsonObject disputed = TradingIT.object(sales.postJson("/api/trading/statements/" + statement + "/dispute",
                "{\"reason\":\"Our meter shows 3 % less on the 1st\"}", null, null));
        assertEquals("DISPUTED", disputed.getString("status"));
        WebClient outsider = ParticipantLoad.loggedIn(base, "large2");
        assertEquals(404, outsider.getJson("/api/trading/statements/" + statement, null, null).statusCode());
        assertEquals(200, regulator.getJson("/api/trading/statements/" + statement, null, null).statusCode());
    }

    @Test
    void partiesMayEnterAgreedFiguresUntilTheMetersSpeak() throws Exception {
        WebClient seller = ParticipantLoad.loggedIn(base, "gen3");
        WebClient buyer = ParticipantLoad.loggedIn(base, "large2");
        long sellerId = TradingIT.participant(seller);
        long buyerId = TradingIT.participant(buyer);
        LocalDate start = LAST.atDay(1);
        JsonObject contract = TradingIT.created(admin.postJson("/api/trading/contract-imports", TradingTerms.flat(
                sellerId, buyerId, start, start.plusYears(1).minusDays(1), 0.5).add("profileWEEKDAY",
                TradingTerms.hours(24, 40)).add("profileWEEKEND", TradingTerms.hours(24, 40)).add("profileHOLIDAY",
                TradingTerms.hours(24, 40)).add("reference", "Paper contract AG-3").build().toString(), null, null));
        long id = contract.getJsonNumber("id").longValue();
        StringBuilder agreed = new StringBuilder("contract,interval,kWh\n");
        for (LocalDateTime t = start.atStartOfDay(); t.isBefore(LAST.plusMonths(1).atDay(1).atStartOfDay());
             t = t.plusMinutes(15)) {
            agreed.append(id).append(',').append(t.toString().replace('T', ' ')).append(",10\n");
        }
        // the seller's agreed figures: exactly the contract, 0.50 × 40 kW × 24 h a day
        JsonObject statement = TradingIT.created(csv(seller, "/api/trading/contracts/" + id + "/deliveries",
                agreed.toString())).getJsonArray("statements").getJsonObject(0);
        assertEquals(String.format("%.2f", 0.5 * 960 * LAST.lengthOfMonth()), statement.getString("amountDue"));
        // another party's contract is not the seller's to deliver for
        assertEquals(404, csv(ParticipantLoad.loggedIn(base, "large3"), "/api/trading/contracts/" + id
                + "/deliveries", agreed.toString()).statusCode());
        // the meters replace agreed figures nobody has confirmed; then agreed figures cannot replace the meters'
        TradingIT.created(csv(admin, "/api/trading/deliveries", agreed.toString()));
        TradingIT.assertRefused(csv(buyer, "/api/trading/contracts/" + id + "/deliveries", agreed.toString()),
                "the park already has meter figures for contract " + id);
        assertEquals("METER", sql.string("SELECT source FROM trading_delivery WHERE contract_id = " + id));
        // a pair in the middle of a negotiation cannot have a paper contract recorded in its channel
        WebClient sales1 = ParticipantLoad.loggedIn(base, "sales1");
        WebClient large1 = ParticipantLoad.loggedIn(base, "large1");
        TradingIT.assertRefused(admin.postJson("/api/trading/contract-imports", TradingTerms.flat(
                TradingIT.participant(sales1), TradingIT.participant(large1), start, start.plusMonths(3), 0.4)
                .add("reference", "Paper contract X").build().toString(), null, null), "is negotiating version 3");
    }

    static HttpResponse<String> csv(WebClient client, String path, String body) {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/csv")
                .header("Origin", base).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
