package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.parkchain.testsupport.OwnKeys;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.WebClient;

/**
 * A trading test's own park corner: a 200 kW transformer with a flat 100 kW base load on a day of its own, one 150 kW
 * station for each of station1, station2 and station3 (A, B, C), and a certificate with a key of the test's own for
 * each operator. {@link #submitRequirements} signs requirements whose minimums over 17:00–19:00 are exactly their
 * energy, so that the allocation is known: A holds 15 kW, B 30 kW, C 10 kW in every slot (55 of the 100 kW margin),
 * and each may take up to 40 kW.
 */
final class TradingFixture {
    final String base;
    final WebClient admin;
    final WebClient one;
    final WebClient two;
    final WebClient three;
    final WebClient regulator;
    final OwnKeys keyOne;
    final OwnKeys keyTwo;
    final OwnKeys keyThree;
    final long transformer;
    final long a;
    final long b;
    final long c;
    final String codeA;
    final LocalDate day;

    TradingFixture(String base, String prefix, int daysAfterNextOpen) {
        this.base = base;
        admin = ParticipantLoad.loggedIn(base, "admin");
        one = ParticipantLoad.loggedIn(base, "station1");
        two = ParticipantLoad.loggedIn(base, "station2");
        three = ParticipantLoad.loggedIn(base, "station3");
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        String suffix = Long.toString(System.nanoTime() % 100_000);
        transformer = RightsTradingIT.created(admin.postJson("/api/transformers", "{\"code\":\"T" + prefix + "-"
                + suffix + "\",\"nameEn\":\"Trading test\",\"nameZh\":\"交易测试\",\"ratedKva\":200,"
                + "\"powerFactor\":1,\"reserveKw\":0}", null, null));
        codeA = prefix + "A-" + suffix;
        a = station(one, codeA);
        b = station(two, prefix + "B-" + suffix);
        c = station(three, prefix + "C-" + suffix);
        day = LocalDate.parse(ChargingRightsIT.object(one.getJson("/api/charging/gate", null, null))
                .getString("nextOpenDay")).plusDays(daysAfterNextOpen);
        assertEquals(200, admin.send(HttpRequest.newBuilder(URI.create(base + "/api/charging/base-loads/"
                + transformer + "/" + day)).header("Content-Type", "text/csv").header("Origin", base)
                .PUT(HttpRequest.BodyPublishers.ofString(ChargingRightsIT.flat(100))).build()).statusCode());
        keyOne = OwnKeys.issue(one, regulator, false);
        keyTwo = OwnKeys.issue(two, regulator, false);
        keyThree = OwnKeys.issue(three, regulator, false);
    }

    private long station(WebClient operator, String code) {
        return RightsTradingIT.created(admin.postJson("/api/stations", TopologyIT.station(transformer,
                ChargingRightsIT.participant(operator), code, "150"), null, null));
    }

    void submitRequirements() {
        Object[][] rows = {{one, keyOne, a, "30", "15"}, {two, keyTwo, b, "60", "30"},
            {three, keyThree, c, "20", "10"}};
        for (Object[] r : rows) {
            assertEquals(201, signed((WebClient) r[0], (OwnKeys) r[1], "/api/charging/requirements/payload",
                    ChargingRightsIT.requirement((long) r[2], day, (String) r[3], (String) r[4], "40", "17:00",
                            "19:00", 2), "/api/charging/requirements").statusCode());
        }
    }

    void allocate() {
        assertEquals(201, admin.postJson("/api/charging/allocations", "{\"day\":\"" + day + "\"}", null, null)
                .statusCode());
    }

    HttpResponse<String> signed(WebClient client, OwnKeys key, String prepare, String body, String submit) {
        HttpResponse<String> payload = client.postJson(prepare, body, null, null);
        assertEquals(200, payload.statusCode(), payload.body());
        return key.post(client, base, submit, payload.body());
    }

    String order(long station, String side, String from, String to, String kw, String price) {
        return RightsTradingIT.order(station, day, side, from, to, kw, price);
    }
}
