package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * The park admin adds and edits transformers and stations through the API: each rule refuses with a 400 naming the
 * field and nothing changes, the rest is saved and recorded on the ledger; operators see only their own stations.
 */
class TopologyIT {
    static final String PW = RunningApp.DEMO_PASSWORD;
    static String base;
    static final String SUFFIX = Long.toString(System.nanoTime() % 100_000);

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    static JsonObject object(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    static long participantOfType(String type) {
        HttpResponse<String> r = new WebClient(base).getJson("/api/participants?type=" + type, "admin", PW);
        JsonArray all = Json.createReader(new StringReader(r.body())).readArray();
        return all.getJsonObject(0).getJsonNumber("id").longValue();
    }

    static String transformer(String code, String rated) {
        return "{\"code\":\"" + code + "\",\"nameEn\":\"Test " + code + "\",\"nameZh\":\"测试" + code
                + "\",\"ratedKva\":" + rated + ",\"powerFactor\":0.9,\"reserveKw\":50}";
    }

    static String station(long transformer, long operator, String code, String maxKw) {
        return "{\"transformerId\":" + transformer + ",\"operatorParticipantId\":" + operator + ",\"code\":\"" + code
                + "\",\"nameEn\":\"Station " + code + "\",\"nameZh\":\"充电站" + code + "\",\"maxPowerKw\":" + maxKw
                + ",\"connectors\":2}";
    }

    @Test
    void theAdminAddsAndEditsTheTopologyWithinItsRules() {
        WebClient admin = new WebClient(base);
        String tCode = "TIT-" + SUFFIX;
        HttpResponse<String> added = admin.postJson("/api/transformers", transformer(tCode, "500"), "admin", PW);
        assertEquals(201, added.statusCode(), added.body());
        long t = object(added).getJsonNumber("id").longValue();
        assertEquals("450.0", object(added).getJsonNumber("activePowerLimitKw").bigDecimalValue().toPlainString());
        long operator = participantOfType("STATION_OPERATOR");
        String sCode = "SIT-" + SUFFIX;
        HttpResponse<String> st = admin.postJson("/api/stations", station(t, operator, sCode, "300"), "admin", PW);
        assertEquals(201, st.statusCode(), st.body());
        long s = object(st).getJsonNumber("id").longValue();

        HttpResponse<String> tooBig = admin.postJson("/api/stations", station(t, operator, sCode + "B", "450.1"),
                "admin", PW);
        assertEquals(400, tooBig.statusCode());
        assertTrue(tooBig.body().contains("maxPowerKw") && tooBig.body().contains("450"), tooBig.body());

        HttpResponse<String> shrink = admin.putJson("/api/transformers/" + t, transformer(tCode, "300"), "admin", PW);
        assertEquals(400, shrink.statusCode());
        assertTrue(shrink.body().contains(sCode) && shrink.body().contains("270"), shrink.body());
        assertEquals("500", object(admin.getJson("/api/transformers/" + t, "admin", PW))
                .getJsonNumber("ratedKva").bigDecimalValue().stripTrailingZeros().toPlainString(), "nothing saved");

        HttpResponse<String> resident = admin.putJson("/api/stations/" + s,
                station(t, participantOfType("RESIDENT"), sCode, "200"), "admin", PW);
        assertEquals(400, resident.statusCode());
        assertTrue(resident.body().contains("operatorParticipantId"), resident.body());

        HttpResponse<String> taken = admin.postJson("/api/transformers", transformer("t1", "500"), "admin", PW);
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("T1 is already used"), taken.body());

        assertEquals(200, admin.putJson("/api/stations/" + s, station(t, operator, sCode, "200"), "admin", PW)
                .statusCode());
        HttpResponse<String> edited = admin.putJson("/api/transformers/" + t, transformer(tCode, "300"), "admin", PW);
        assertEquals(200, edited.statusCode(), edited.body());

        WebClient regulator = new WebClient(base);
        String history = regulator.getJson("/api/audit/records/transformer:" + t, "regulator", PW).body();
        assertTrue(history.contains("transformer.added") && history.contains("transformer.updated"), history);
        assertTrue(regulator.getJson("/api/audit/records/station:" + s, "regulator", PW).body()
                .contains("station.updated"));
    }

    @Test
    void refusalsComeInTheCallersLanguage() {
        HttpResponse<String> r = new WebClient(base).language("zh-CN").postJson("/api/transformers",
                "{\"code\":\"T 1\",\"nameEn\":\"x\",\"nameZh\":\"x\",\"ratedKva\":0,\"powerFactor\":0.9,"
                        + "\"reserveKw\":0}", "admin", PW);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("编号为 1 至 32 个字母") && r.body().contains("额定容量"), r.body());
    }

    @Test
    void operatorsSeeOnlyTheirOwnStationsAndCannotEditThem() {
        WebClient station1 = new WebClient(base);
        HttpResponse<String> own = station1.getJson("/api/stations", "station1", PW);
        JsonArray mine = Json.createReader(new StringReader(own.body())).readArray();
        assertTrue(mine.size() >= 2, own.body());
        long ownerOfMine = mine.getJsonObject(0).getJsonNumber("operatorParticipantId").longValue();
        JsonArray all = Json.createReader(new StringReader(new WebClient(base).getJson("/api/stations", "regulator",
                PW).body())).readArray();
        JsonObject other = all.stream().map(JsonObject.class::cast)
                .filter(o -> o.getJsonNumber("operatorParticipantId").longValue() != ownerOfMine).findFirst()
                .orElseThrow();
        assertEquals(404, station1.getJson("/api/stations/" + other.getJsonNumber("id"), "station1", PW)
                .statusCode());
        assertEquals(200, station1.getJson("/api/stations/" + mine.getJsonObject(0).getJsonNumber("id"), "station1",
                PW).statusCode());
        assertEquals(403, station1.putJson("/api/stations/" + mine.getJsonObject(0).getJsonNumber("id"), "{}",
                "station1", PW).statusCode());
    }
}
