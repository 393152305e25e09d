package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.charging.control.OcppProfileTest;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.OwnKeys;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.Sql;
import org.parkchain.testsupport.WebClient;

/**
 * Charging rights over REST on a transformer of its own (200 kW, base load 100 kW: a 100 kW margin): two operators
 * sign requirements for the same two evening hours (station1's with willingness 1, station2's with 3), every bad input
 * is refused in the user's language with nothing saved, the park admin closes the gate, and the allocation is the one
 * worked out by hand: 200 kWh to share, station2 served in full (150 kWh), station1 the rest (50 kWh), Jain 0.8. The
 * operator downloads its schedule as CSV and as an OCPP profile valid under the OCA schema; the other operator cannot;
 * the run is one ledger entry; a second run changes nothing; a revoked certificate cannot submit.
 */
class ChargingRightsIT {
    static final String PW = RunningApp.DEMO_PASSWORD;
    static final String SUFFIX = Long.toString(System.nanoTime() % 100_000);
    static String base;
    static WebClient admin;
    static WebClient one;
    static WebClient two;
    static WebClient regulator;
    static Sql sql;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        admin = ParticipantLoad.loggedIn(base, "admin");
        one = ParticipantLoad.loggedIn(base, "station1");
        two = ParticipantLoad.loggedIn(base, "station2");
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        sql = new Sql("parkchain_app");
    }

    static JsonObject object(HttpResponse<String> r) {
        return CanonicalJson.parseObject(r.body());
    }

    static long id(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return object(r).getJsonNumber("id").longValue();
    }

    static long participant(WebClient c) {
        return object(c.getJson("/api/me", null, null)).getJsonObject("participant").getJsonNumber("id").longValue();
    }

    static String requirement(long station, LocalDate day, String energy, String min, String max, String from,
                              String to, int willingness) {
        return "{\"stationId\":" + station + ",\"day\":\"" + day + "\",\"energyKwh\":" + energy + ",\"minKw\":" + min
                + ",\"maxKw\":" + max + ",\"arrival\":\"" + from + "\",\"departure\":\"" + to
                + "\",\"willingness\":" + willingness + ",\"flexibleShare\":0.25}";
    }

    static void refused(HttpResponse<String> r, String text) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(text), r.body());
    }

    static String flat(double kw) {
        StringBuilder csv = new StringBuilder("slot_start,base_load_kw\n");
        for (int t = 0; t < 96; t++) {
            csv.append(String.format("%02d:%02d,%s%n", t / 4, t % 4 * 15, kw));
        }
        return csv.toString();
    }

    @Test
    void twoOperatorsShareAnEveningFairlyAndGetTheirSchedules() throws Exception {
        long t = id(admin.postJson("/api/transformers", "{\"code\":\"TCH-" + SUFFIX + "\",\"nameEn\":\"Charging test"
                + "\",\"nameZh\":\"充电测试\",\"ratedKva\":200,\"powerFactor\":1,\"reserveKw\":0}", null, null));
        long a = id(admin.postJson("/api/stations", TopologyIT.station(t, participant(one), "SCA-" + SUFFIX, "150"),
                null, null));
        long b = id(admin.postJson("/api/stations", TopologyIT.station(t, participant(two), "SCB-" + SUFFIX, "150"),
                null, null));
        LocalDate day = LocalDate.parse(object(one.getJson("/api/charging/gate", null, null))
                .getString("nextOpenDay")).plusDays(2);

        // a malformed base-load file names its lines and changes nothing; a good one sets the day's forecast
        String forecastPath = "/api/charging/base-loads/" + t + "/" + day;
        String before = admin.getJson(forecastPath, null, null).body();
        HttpResponse<String> bad = admin.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                + forecastPath)).header("Content-Type", "text/csv").header("Origin", base).header("Accept-Language",
                "zh-CN").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("slot,kw\n00:00,1\n00:07,2\n"))
                .build());
        refused(bad, "第 3 行");
        assertEquals(before, admin.getJson(forecastPath, null, null).body());
        assertEquals(200, admin.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + forecastPath))
                .header("Content-Type", "text/csv").header("Origin", base)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(flat(100))).build()).statusCode());

        OwnKeys keyOne = OwnKeys.issue(one, regulator, false);
        OwnKeys keyTwo = OwnKeys.issue(two, regulator, false);
        long requirementsBefore = sql.count("SELECT count(*) FROM charging_requirement");
        refused(one.postJson("/api/charging/requirements/payload", requirement(a, day, "400", "0", "150", "17:00",
                "19:00", 1), null, null), "300 kWh can be charged, 100 kWh short");
        refused(one.postJson("/api/charging/requirements/payload", requirement(a, day, "100", "60", "50", "17:00",
                "19:00", 1), null, null), "is above the maximum power");
        refused(one.postJson("/api/charging/requirements/payload", requirement(a, day, "100", "0", "160", "17:00",
                "19:00", 1), null, null), "rating of 150 kW");
        refused(one.postJson("/api/charging/requirements/payload", requirement(a, day, "100", "0", "150", "19:00",
                "17:00", 1), null, null), "must be after arrival");
        refused(one.postJson("/api/charging/requirements/payload", requirement(a, day, "-3", "0", "150", "17:00",
                "19:00", 9), null, null), "Willingness is 1 to 5");
        refused(one.postJson("/api/charging/requirements/payload", requirement(b, day, "100", "0", "150", "17:00",
                "19:00", 1), null, null), "is run by another operator");
        refused(one.postJson("/api/charging/requirements/payload", requirement(a, LocalDate.now().minusDays(1),
                "100", "0", "150", "17:00", "19:00", 1), null, null), "is not a future day");
        String payloadA = one.postJson("/api/charging/requirements/payload", requirement(a, day, "150", "0", "150",
                "17:00", "19:00", 1), null, null).body();
        assertTrue(one.postJson("/api/charging/requirements", payloadA, null, null).body()
                .contains("error.access.refused") || one.postJson("/api/charging/requirements", payloadA, null, null)
                .statusCode() == 400, "an unsigned submission is refused");
        refused(keyOne.post(one, base, "/api/charging/requirements", payloadA.replace("\"username\":\"station1\"",
                "\"username\":\"station2\"")),
                "not the one that was prepared");
        assertEquals(requirementsBefore, sql.count("SELECT count(*) FROM charging_requirement"), "nothing saved");

        assertEquals(201, keyOne.post(one, base, "/api/charging/requirements", payloadA).statusCode());
        String payloadB = two.postJson("/api/charging/requirements/payload", requirement(b, day, "150", "0", "150",
                "17:00", "19:00", 3), null, null).body();
        assertEquals(201, keyTwo.post(two, base, "/api/charging/requirements", payloadB).statusCode());
        JsonArray mine = CanonicalJson.parseArray(one.getJson("/api/charging/requirements?day=" + day, null, null)
                .body());
        assertTrue(mine.stream().allMatch(r -> r.asJsonObject().getJsonNumber("stationId").longValue() != b),
                "an operator sees only its own stations' requirements");

        // the park admin closes the day's gate: 100 kW × 2 h = 200 kWh shared 1 : 3 by weight, station2 capped at 150
        HttpResponse<String> run = admin.postJson("/api/charging/allocations", "{\"day\":\"" + day + "\"}", null,
                null);
        assertEquals(201, run.statusCode(), run.body());
        JsonObject report = report(CanonicalJson.parseArray(run.body()), t);
        assertEquals(0.8, report.getJsonNumber("jain").doubleValue(), 1e-6);
        assertEquals(100, report.getJsonNumber("unmetKwh").doubleValue(), 1e-2);
        JsonObject first = report.getJsonArray("stations").getJsonObject(0);
        JsonObject second = report.getJsonArray("stations").getJsonObject(1);
        assertEquals(50, first.getJsonNumber("servedKwh").doubleValue(), 1e-2);
        assertEquals(150, second.getJsonNumber("servedKwh").doubleValue(), 1e-2);
        assertTrue(first.getJsonArray("explanation").getString(1).contains("bottleneck in 8 slots"),
                first.toString());
        double[] total = report.getJsonArray("totalKw").stream().mapToDouble(v -> ((jakarta.json.JsonNumber) v)
                .doubleValue()).toArray();
        for (double kw : total) {
            assertTrue(kw <= 100 + 1e-9, "never above the margin");
        }
        long allocation = report.getJsonNumber("id").longValue();
        assertEquals(1, sql.count("SELECT count(*) FROM ledger_outbox WHERE type = 'allocation.run' AND aggregate_id"
                + " = 'allocation:" + allocation + "'"), "one ledger entry for the run");
        assertEquals(allocation, report(CanonicalJson.parseArray(admin.postJson("/api/charging/allocations",
                "{\"day\":\"" + day + "\"}", null, null).body()), t).getJsonNumber("id").longValue(), "idempotent");

        // after the gate: no more changes
        String late = one.postJson("/api/charging/requirements/payload", requirement(a, day, "100", "0", "150",
                "17:00", "19:00", 1), null, null).body();
        assertTrue(late.contains("have been allocated already"), late);

        // schedules: CSV and OCPP for the operator, not for the other operator
        HttpResponse<String> csv = one.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                + "/api/charging/schedules/" + a + "/csv?day=" + day)).header("Accept", "text/csv").GET().build());
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(97, csv.body().strip().split("\r\n").length);
        double kwh = 0;
        for (String line : csv.body().strip().split("\r\n")) {
            String[] cells = line.split(",");
            if (cells[4].matches("[0-9.]+")) {
                kwh += Double.parseDouble(cells[4]) * 0.25;
                assertTrue(cells[4].equals("0") || cells[2].compareTo("17:00") >= 0 && cells[3].compareTo("19:00") <= 0,
                        "rights only inside the window: " + line);
            }
        }
        assertEquals(50, kwh, 1e-2, "the schedule carries the station's 50 kWh");
        HttpResponse<String> ocpp = one.getJson("/api/charging/schedules/" + a + "/ocpp?day=" + day, null, null);
        assertEquals(java.util.List.of(), OcppProfileTest.schema().validate(ocpp.body(), InputFormat.JSON));
        assertEquals(404, two.getJson("/api/charging/schedules/" + a + "?day=" + day, null, null).statusCode());
        assertNotEquals(-1, regulator.getJson("/api/charging/allocations/" + allocation, null, null).body()
                .indexOf("SCB-" + SUFFIX));
        assertEquals(-1, one.getJson("/api/charging/allocations/" + allocation, null, null).body()
                .indexOf("SCB-" + SUFFIX), "an operator sees only its own stations' rows");

        String openapi = admin.getJson("/openapi", null, null).body();
        for (String path : new String[] {"/api/charging/requirements/payload", "/api/charging/allocations/{id}",
            "/api/charging/schedules/{station}/ocpp", "/api/charging/base-loads/{transformer}/{appliesTo}"}) {
            assertTrue(openapi.contains(path), path + " in the OpenAPI document");
        }

        // a revoked certificate cannot submit
        assertEquals(200, regulator.postJson("/api/access/certificates/" + keyOne.certificateId() + "/revoke",
                "{\"reason\":4}", null, null).statusCode());
        String next = one.postJson("/api/charging/requirements/payload", requirement(a, day.plusDays(1), "100", "0",
                "150", "17:00", "19:00", 1), null, null).body();
        refused(keyOne.post(one, base, "/api/charging/requirements", next), "revoked");
    }

    static JsonObject report(JsonArray reports, long transformer) {
        return reports.stream().map(v -> v.asJsonObject()).filter(r -> r.getJsonNumber("transformerId").longValue()
                == transformer).findFirst().orElseThrow(() -> new AssertionError("no run of " + transformer + ": "
                + reports));
    }
}
