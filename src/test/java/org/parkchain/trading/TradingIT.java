package org.parkchain.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * Bilateral trading over REST against the running WAR: a channel between sales4 and large4, its negotiation, the
 * two-copy rule with one mismatch, replayed and stale confirmations, and bad input that saves nothing.
 */
class TradingIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static String base;
    static WebClient sales;
    static WebClient large;
    static WebClient regulator;
    static Sql sql;
    static long salesId;
    static long largeId;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        sales = ParticipantLoad.loggedIn(base, "sales4");
        large = ParticipantLoad.loggedIn(base, "large4");
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        sql = new Sql("parkchain_app");
        salesId = participant(sales);
        largeId = participant(large);
    }

    @Test
    void twoPartiesNegotiateAndActivateAContractOnlyWithMatchingCopies() throws Exception {
        JsonObject channel = created(sales.postJson("/api/trading/channels", CanonicalJson.JSON.createObjectBuilder()
                .add("counterparty", largeId).add("topic", "Baseload 2027").build().toString(), null, null));
        long id = channel.getJsonNumber("id").longValue();
        String path = "/api/trading/channels/" + id;
        assertEquals("PROPOSED", channel.getString("status"));
        assertRefused(large.postJson("/api/trading/channels", "{\"counterparty\":" + salesId + ",\"topic\":\"again\"}",
                null, null), "You already have a channel with");
        assertRefused(sales.postJson(path + "/notes", "{\"body\":\"too early\"}", null, null), "is not open");
        assertRefused(sales.postJson(path + "/decision", "{\"accept\":true}", null, null), "Only the invited party");
        assertEquals("OPEN", object(large.postJson(path + "/decision", "{\"accept\":true}", null, null))
                .getString("status"));

        created(sales.postJson(path + "/notes", "{\"body\":\"Met on 2 Dec: 800 kW baseload, about 0.42\"}", null,
                null));
        assertEquals(201, file(sales, path, "offer.pdf", "%PDF-1.4\n%offer\n".getBytes()).statusCode());
        assertRefused(file(sales, path, "tool.pdf", new byte[] {'M', 'Z', 0, 1, 2}), "is not a PDF, PNG or JPEG");
        assertRefused(file(sales, path, "offer.png", "%PDF-1.4\n".getBytes()), "its name says otherwise");
        assertRefused(file(sales, path, "big.csv", new byte[5 * 1024 * 1024 + 1]), "at most 5242880 are allowed");

        long sheetsBefore = sql.count("SELECT count(*) FROM trading_term_sheet WHERE channel_id = " + id);
        JsonObject bad = TradingTerms.flat(largeId, salesId, TODAY.minusDays(1), TODAY.minusDays(2), 0.42)
                .add("profileWEEKEND", TradingTerms.hours(23, 300)).add("band", 0.9).build();
        HttpResponse<String> refused = sales.postJson(path + "/term-sheets", bad.toString(), null, null);
        assertRefused(refused, "Delivery cannot start in the past");
        assertTrue(refused.body().contains("The profile has 23 values"), refused.body());
        assertTrue(refused.body().contains("The deviation band must be from 0 to 50 %"), refused.body());
        assertEquals(sheetsBefore, sql.count("SELECT count(*) FROM trading_term_sheet WHERE channel_id = " + id));

        LocalDate start = TODAY.plusMonths(1).withDayOfMonth(1);
        LocalDate end = start.plusMonths(12).minusDays(1);
        created(sales.postJson(path + "/term-sheets", TradingTerms.flat(largeId, salesId, start, end, 0.45)
                .add("comment", "our first offer").build().toString(), null, null));
        assertRefused(sales.postJson(path + "/term-sheets/1/acceptance", "", null, null), "You proposed this version");
        created(large.postJson(path + "/term-sheets", TradingTerms.flat(largeId, salesId, start, end, 0.42).build()
                .toString(), null, null));
        JsonObject contract = created(sales.postJson(path + "/term-sheets/2/acceptance", "", null, null));
        long contractId = contract.getJsonNumber("id").longValue();
        String contractPath = "/api/trading/contracts/" + contractId;
        assertEquals("AWAITING", contract.getString("status"));

        OwnKeys salesKey = OwnKeys.issue(sales, regulator, true);
        OwnKeys largeKey = OwnKeys.issue(large, regulator, false);
        String salesPayload = payload(sales, contractPath, TradingTerms.flat(largeId, salesId, start, end, 0.42));
        assertEquals(201, salesKey.post(sales, base, contractPath + "/copies", salesPayload).statusCode());
        assertRefused(salesKey.post(sales, base, contractPath + "/copies", salesPayload), "already committed");
        // large4's copy says 0.43: both copies are set aside and the difference is shown to the members
        String largePayload = payload(large, contractPath, TradingTerms.flat(largeId, salesId, start, end, 0.43));
        JsonObject mismatch = created(largeKey.post(large, base, contractPath + "/copies", largePayload));
        assertEquals("AWAITING", mismatch.getString("status"));
        JsonObject difference = mismatch.getJsonArray("lastMismatch").getJsonObject(0);
        assertEquals("price.flat", difference.getString("field"));
        assertEquals("0.43", difference.getString("seller"));
        assertEquals("0.42", difference.getString("buyer"));
        // the first confirmation again: a replay
        assertRefused(salesKey.post(sales, base, contractPath + "/copies", salesPayload), "was already used");
        // both commit matching copies: the contract activates
        created(salesKey.post(sales, base, contractPath + "/copies", payload(sales, contractPath,
                TradingTerms.flat(largeId, salesId, start, end, 0.42))));
        JsonObject active = created(largeKey.post(large, base, contractPath + "/copies", payload(large, contractPath,
                TradingTerms.flat(largeId, salesId, start, end, 0.42))));
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(start.toString(), active.getString("startsOn"));
        assertEquals(active.getString("termsHash"), active.getJsonArray("copies").getJsonObject(3)
                .getString("termsHash"));
        assertRefused(sales.postJson(contractPath + "/copy-payload", TradingTerms.flat(largeId, salesId, start, end,
                0.42).build().toString(), null, null), "already active");
        // the ledger holds the terms' hash only, never a price
        String recorded = sql.string("SELECT string_agg(payload, ' ') FROM ledger_outbox WHERE aggregate_id = "
                + "'contract:" + contractId + "'");
        assertTrue(recorded.contains(active.getString("termsHash")), recorded);
        assertTrue(!recorded.contains("0.42"), recorded);
        assertEquals(200, regulator.getJson(path, null, null).statusCode());
        // the embedded ledger keeps no private data: the copies' submissions are closed as NOT_KEPT
        String copies = "SELECT count(*) FROM ledger_private_outbox WHERE args LIKE '[\"pair-%\",\"" + contractId
                + "\",%'";
        for (int i = 0; i < 50 && sql.count(copies + " AND done_at IS NULL") > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(5, sql.count(copies + " AND outcome = 'NOT_KEPT'"), "4 copies and the activation");
        // the audit rebuilds every trading record from the rows and finds them on the ledger as recorded
        sql.awaitBacklogDrained();
        String findings = object(regulator.postJson("/api/audit/verifications", "", null, null)).get("findings")
                .toString();
        for (String kind : java.util.List.of("channel:", "channel-note:", "channel-file:", "term-sheet:", "contract:",
                "contract-copy:")) {
            assertTrue(!findings.contains("aggregateId\":\"" + kind), findings);
        }
    }

    @Test
    void aConfirmationForASupersededVersionIsStaleAndACopyCanBeWithdrawn() throws Exception {
        WebClient gen = ParticipantLoad.loggedIn(base, "gen4");
        long genId = participant(gen);
        long id = created(gen.postJson("/api/trading/channels", "{\"counterparty\":" + largeId
                + ",\"topic\":\"Rooftop PV 2027\"}", null, null)).getJsonNumber("id").longValue();
        String path = "/api/trading/channels/" + id;
        object(large.postJson(path + "/decision", "{\"accept\":true}", null, null));
        LocalDate start = TODAY.plusDays(10);
        created(gen.postJson(path + "/term-sheets", TradingTerms.flat(genId, largeId, start, start.plusDays(90), 0.38)
                .build().toString(), null, null));
        long contractId = created(large.postJson(path + "/term-sheets/1/acceptance", "", null, null))
                .getJsonNumber("id").longValue();
        String contractPath = "/api/trading/contracts/" + contractId;
        OwnKeys genKey = OwnKeys.issue(gen, regulator, true);
        String first = payload(gen, contractPath, TradingTerms.flat(genId, largeId, start, start.plusDays(90), 0.38));
        created(genKey.post(gen, base, contractPath + "/copies", first));
        JsonObject withdrawn = object(gen.postJson(contractPath + "/withdrawal", "", null, null));
        assertEquals("WITHDRAWN", withdrawn.getJsonArray("copies").getJsonObject(0).getString("status"));
        String second = payload(gen, contractPath, TradingTerms.flat(genId, largeId, start, start.plusDays(90), 0.38));
        // a new version proposed after acceptance supersedes the contract: its confirmations are stale
        created(large.postJson(path + "/term-sheets", TradingTerms.flat(genId, largeId, start, start.plusDays(60),
                0.37).build().toString(), null, null));
        assertRefused(genKey.post(gen, base, contractPath + "/copies", second), "for term sheet version 1, which is no"
                + " longer the accepted one");
        // a revoked certificate cannot commit
        long next = created(gen.postJson(path + "/term-sheets/2/acceptance", "", null, null)).getJsonNumber("id")
                .longValue();
        assertEquals(200, regulator.postJson("/api/access/certificates/" + genKey.certificateId() + "/revoke",
                "{\"reason\":4}", null, null).statusCode());
        String third = payload(gen, "/api/trading/contracts/" + next, TradingTerms.flat(genId, largeId, start,
                start.plusDays(60), 0.37));
        assertRefused(genKey.post(gen, base, "/api/trading/contracts/" + next + "/copies", third), "revoked");
    }

    @Test
    void nonMembersAreToldTheChannelDoesNotExist() {
        WebClient opener = ParticipantLoad.loggedIn(base, "gen3");
        long id = created(opener.postJson("/api/trading/channels", "{\"counterparty\":" + salesId
                + ",\"topic\":\"Private\"}", null, null)).getJsonNumber("id").longValue();
        object(sales.postJson("/api/trading/channels/" + id + "/decision", "{\"accept\":true}", null, null));
        WebClient outsider = ParticipantLoad.loggedIn(base, "large3");
        String path = "/api/trading/channels/" + id;
        for (HttpResponse<String> r : java.util.List.of(outsider.getJson(path, null, null),
                outsider.postJson(path + "/notes", "{\"body\":\"hello\"}", null, null),
                outsider.postJson(path + "/decision", "{\"accept\":true}", null, null),
                outsider.getJson(path + "/files/1", null, null))) {
            assertEquals(404, r.statusCode(), r.body());
            assertTrue(r.body().contains("There is no channel " + id), r.body());
        }
        assertTrue(!outsider.getJson("/api/trading/channels", null, null).body().contains("\"id\":" + id + ","));
        assertEquals(200, regulator.getJson(path, null, null).statusCode());
        assertEquals(403, regulator.postJson(path + "/notes", "{\"body\":\"x\"}", null, null).statusCode());
    }

    static String payload(WebClient client, String contractPath, jakarta.json.JsonObjectBuilder terms) {
        HttpResponse<String> r = client.postJson(contractPath + "/copy-payload", terms.build().toString(), null, null);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static HttpResponse<String> file(WebClient client, String path, String name, byte[] content) {
        return client.send(HttpRequest.newBuilder(URI.create(base + path + "/files?name=" + name))
                .header("Content-Type", "application/octet-stream").header("Origin", base)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    static long participant(WebClient client) {
        return CanonicalJson.parseObject(client.getJson("/api/me", null, null).body()).getJsonObject("participant")
                .getJsonNumber("id").longValue();
    }

    static JsonObject created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return CanonicalJson.parseObject(r.body());
    }

    static JsonObject object(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return CanonicalJson.parseObject(r.body());
    }

    static void assertRefused(HttpResponse<String> r, String text) {
        assertTrue(r.statusCode() == 400 || r.statusCode() == 409, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains(text), r.body());
    }
}
