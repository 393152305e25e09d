package org.parkchain.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * What a newcomer finds at first start, without setting anything up: market certificates for every demo participant
 * but two, and a year of history (agreements that started months ago, their bills, the meter imports), written
 * through the boundaries so that the ledger holds every record of it.
 */
class DemoParkIT {
    static final String PW = RunningApp.DEMO_PASSWORD;
    static final ZoneId PARK = ZoneId.of("Asia/Shanghai");
    static String base;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    static JsonArray array(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return CanonicalJson.JSON.createReader(new StringReader(r.body())).readArray();
    }

    static JsonObject object(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return CanonicalJson.parseObject(r.body());
    }

    @Test
    void everyDemoParticipantButTwoCanSignAtFirstStart() {
        for (String user : new String[] {"resident01", "resident20", "sales1", "sales4", "large1", "gen2", "station3"}) {
            String kind = object(new WebClient(base).getJson("/api/access/standing", user, PW)).getString("kind");
            assertTrue(kind.equals("ACTIVE"), user + " has a valid certificate: " + kind);
        }
        JsonObject waiting = object(new WebClient(base).getJson("/api/access/standing", "resident36", PW));
        assertEquals("NONE", waiting.getString("kind"), "resident36 is kept for the market-access journey");
        assertTrue(waiting.getBoolean("pending"), "and its application waits for the regulator: " + waiting);
    }

    @Test
    void residentsWithHistoryHaveAgreementsFromMonthsAgoAndTheirBills() {
        WebClient client = new WebClient(base);
        JsonArray agreements = array(client.getJson("/api/agreements/agreements", "resident11", PW));
        JsonObject started = agreements.getValuesAs(JsonObject.class).stream()
                .filter(a -> "admin".equals(a.getString("importedBy", null))).findFirst().orElseThrow();
        LocalDate startsOn = LocalDate.parse(started.getString("startsOn"));
        assertEquals(YearMonth.now(PARK).minusMonths(9).atDay(1), startsOn);
        JsonArray bills = array(client.getJson("/api/agreements/bills", "resident11", PW));
        assertEquals(9, bills.size(), "one bill per month since " + startsOn + ": " + bills);
        assertTrue(client.getJson("/api/agreements/bills", "sales1", PW).body().contains("\"month\""),
                "the sales company sees its customers' bills");
        String history = client.getJson("/api/audit/records/agreement:" + started.getJsonNumber("id"), "regulator",
                PW).body();
        assertTrue(history.contains("agreement.imported"), history);

        // a second record for the same resident is refused with the reason, in the caller's language
        String again = "{\"residentParticipantId\":" + started.getJsonNumber("residentParticipantId")
                + ",\"planId\":" + started.getJsonNumber("planId") + ",\"startsOn\":\"" + startsOn.plusMonths(1)
                + "\",\"annualKwh\":12000}";
        HttpResponse<String> refused = new WebClient(base).language("zh-CN").postJson("/api/agreements/imports",
                again, "admin", PW);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("该用户自该日起已有生效中或待会签的协议"), refused.body());
        HttpResponse<String> future = new WebClient(base).postJson("/api/agreements/imports", again.replace(
                startsOn.plusMonths(1).toString(), LocalDate.now(PARK).plusDays(2).toString()), "admin", PW);
        assertTrue(future.body().contains("a new one the resident signs"), future.body());
    }

    @Test
    void bilateralTradingIsUnderWayAtFirstStart() {
        WebClient client = new WebClient(base);
        String sales1 = client.getJson("/api/trading/channels", "sales1", PW).body();
        assertTrue(sales1.contains("Baseload supply") && sales1.contains("Paper contract JQ-PV-"), sales1);
        JsonArray channels = CanonicalJson.JSON.createReader(new StringReader(sales1)).readArray();
        long baseload = channels.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("topic")
                .startsWith("Baseload")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject log = object(client.getJson("/api/trading/channels/" + baseload, "large1", PW));
        assertEquals(2, log.getJsonArray("notes").size());
        assertEquals(1, log.getJsonArray("files").size());
        assertEquals("PROPOSED", log.getJsonArray("termSheets").getJsonObject(2).getString("status"));
        String oversight = client.getJson("/api/trading/oversight/contracts?status=ACTIVE", "regulator", PW).body();
        assertTrue(CanonicalJson.JSON.createReader(new StringReader(oversight)).readArray().size() >= 2, oversight);
        String invitations = client.getJson("/api/trading/channels", "sales3", PW).body();
        assertTrue(invitations.contains("\"status\":\"PROPOSED\""), invitations);
        assertEquals(404, client.getJson("/api/trading/channels/" + baseload, "large2", PW).statusCode());
    }

    @Test
    void theChargingRightsMarketIsUnderWayAtFirstStart() {
        WebClient client = new WebClient(base);
        JsonArray orders = array(client.getJson("/api/charging/orders", "admin", PW));
        assertTrue(orders.getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getString("side").equals("BUY"))
                && orders.getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getString("side").equals("SELL")),
                "buy and sell orders on the trading day: " + orders);
        int seen = 0;
        for (String operator : new String[] {"station1", "station2", "station3"}) {
            JsonArray mine = array(client.getJson("/api/charging/orders", operator, PW));
            assertTrue(mine.size() < orders.size(), "an operator sees only its own orders");
            seen += mine.size();
        }
        assertEquals(orders.size(), seen, "every order is one operator's");
        JsonArray board = array(client.getJson("/api/charging/offers", "station3", PW));
        assertTrue(board.getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getString("side").equals("SELL")
                && o.getString("from").equals("20:00")), "an offer on the board for station3: " + board);
        JsonObject terms = object(client.getJson("/api/charging/trading", "station1", PW));
        assertEquals("MCAFEE", terms.getString("rule"));
    }

    @Test
    void theHistoryIsOnTheLedgerAsTheAuditSeesIt() throws Exception {
        WebClient regulator = new WebClient(base);
        for (int i = 0; i < 100 && object(regulator.getJson("/api/audit/status", "regulator", PW))
                .getInt("backlog") > 0; i++) {
            Thread.sleep(200);
        }
        JsonObject report = object(regulator.postJson("/api/audit/verifications", "", "regulator", PW));
        String findings = report.getJsonArray("findings") == null ? "[]" : report.getJsonArray("findings").toString();
        for (String kind : new String[] {"\"agreement:", "\"bill:", "\"meter-import:", "\"profile:", "\"channel:",
                "\"channel-note:", "\"channel-file:", "\"term-sheet:", "\"contract:", "\"contract-copy:",
                "\"delivery:", "\"statement:", "\"order:", "\"offer:", "\"clearing:", "\"acceptance:",
                "\"allocation:", "\"requirement:"}) {
            assertFalse(findings.contains("aggregateId\":" + kind), "no findings about the demo's records: "
                    + findings);
        }
    }
}
