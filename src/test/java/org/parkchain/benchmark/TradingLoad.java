package org.parkchain.benchmark;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.OwnKeys;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.WebClient;

/**
 * P2P acceptances through the REST API: a transformer of its own where station2's station holds 1,000 kW in every
 * slot of 17:00–19:00 and offers all of it; clients logged in as station1 and station3 accept 0.1 kW at a time
 * (prepare the payload, sign it with their own certificate's key, post it) for a fixed time. Afterwards the offer's
 * remaining quantity, the acceptances and the seller's schedule must agree: nothing sold twice.
 */
final class TradingLoad {
    private TradingLoad() {
    }

    static double[] run(String base, int seconds, int clients) throws Exception {
        WebClient admin = ParticipantLoad.loggedIn(base, "admin");
        WebClient regulator = ParticipantLoad.loggedIn(base, "regulator");
        WebClient[] operators = {ParticipantLoad.loggedIn(base, "station1"), ParticipantLoad.loggedIn(base,
                "station2"), ParticipantLoad.loggedIn(base, "station3")};
        OwnKeys[] keys = new OwnKeys[3];
        long[] stations = new long[3];
        long t = id(admin.postJson("/api/transformers", "{\"code\":\"TP2P\",\"nameEn\":\"P2P load\",\"nameZh\":"
                + "\"点对点压测\",\"ratedKva\":5000,\"powerFactor\":1,\"reserveKw\":0}", null, null));
        LocalDate day = LocalDate.parse(CanonicalJson.parseObject(admin.getJson("/api/charging/gate", null, null)
                .body()).getString("nextOpenDay")).plusDays(4);
        StringBuilder flat = new StringBuilder("slot_start,base_load_kw\n");
        for (int s = 0; s < 96; s++) {
            flat.append(String.format("%02d:%02d,0%n", s / 4, s % 4 * 15));
        }
        admin.send(HttpRequest.newBuilder(URI.create(base + "/api/charging/base-loads/" + t + "/" + day))
                .header("Content-Type", "text/csv").header("Origin", base)
                .PUT(HttpRequest.BodyPublishers.ofString(flat.toString())).build());
        for (int i = 0; i < 3; i++) {
            long participant = CanonicalJson.parseObject(operators[i].getJson("/api/me", null, null).body())
                    .getJsonObject("participant").getJsonNumber("id").longValue();
            stations[i] = id(admin.postJson("/api/stations", "{\"transformerId\":" + t + ",\"operatorParticipantId\":"
                    + participant + ",\"code\":\"SP2P-" + i + "\",\"nameEn\":\"Load " + i + "\",\"nameZh\":\"压测"
                    + i + "\",\"maxPowerKw\":1000,\"connectors\":4}", null, null));
            keys[i] = OwnKeys.issue(operators[i], regulator, false);
            boolean seller = i == 1;
            String form = "{\"stationId\":" + stations[i] + ",\"day\":\"" + day + "\",\"energyKwh\":"
                    + (seller ? "2000" : "0.2") + ",\"minKw\":" + (seller ? "1000" : "0.1") + ",\"maxKw\":1000,"
                    + "\"arrival\":\"17:00\",\"departure\":\"19:00\",\"willingness\":3,\"flexibleShare\":0.5}";
            check(signed(operators[i], keys[i], base, "/api/charging/requirements/payload", form,
                    "/api/charging/requirements"), 201);
        }
        check(admin.postJson("/api/charging/allocations", "{\"day\":\"" + day + "\"}", null, null), 201);
        long offer = id(signed(operators[1], keys[1], base, "/api/charging/offers/payload", "{\"stationId\":"
                + stations[1] + ",\"day\":\"" + day + "\",\"side\":\"SELL\",\"from\":\"17:00\",\"to\":\"19:00\","
                + "\"quantityKw\":1000,\"price\":0.5}", "/api/charging/offers"));

        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int who = c % 2 == 0 ? 0 : 2;
            WebClient client = ParticipantLoad.loggedIn(base, who == 0 ? "station1" : "station3");
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = signed(client, keys[who], base, "/api/charging/offers/" + offer
                            + "/accept/payload", "{\"stationId\":" + stations[who] + ",\"kw\":0.1}",
                            "/api/charging/offers/accept");
                    if (r.statusCode() == 201) {
                        latencies.add((System.nanoTime() - start) / 1e6);
                    } else {
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        JsonObject posted = CanonicalJson.parseArray(admin.getJson("/api/charging/offers?day=" + day, null, null)
                .body()).stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("id").longValue() == offer)
                .findFirst().orElseThrow();
        double remaining = posted.getJsonNumber("remainingKw").doubleValue();
        double accepted = sorted.length * 0.1;
        double[] seller = CanonicalJson.parseObject(admin.getJson("/api/charging/schedules/" + stations[1] + "?day="
                + day, null, null).body()).getJsonArray("kw").stream().mapToDouble(v -> ((jakarta.json.JsonNumber) v)
                .doubleValue()).toArray();
        double oversold = Math.max(0, accepted - (1000 - remaining)) + Math.max(0, -seller[68]);
        if (Math.abs(seller[68] - remaining) > 1e-6 || Math.abs(1000 - remaining - accepted) > 1e-6) {
            throw new IllegalStateException("the seller holds " + seller[68] + " kW, the offer has " + remaining
                    + " kW left, and " + accepted + " kW were accepted");
        }
        return new double[] {sorted.length / (double) seconds, sorted[sorted.length / 2],
            sorted[(int) (sorted.length * 0.99)], refused.get(), seconds, oversold};
    }

    static HttpResponse<String> signed(WebClient c, OwnKeys key, String base, String prepare, String body,
                                       String submit) {
        HttpResponse<String> payload = c.postJson(prepare, body, null, null);
        return payload.statusCode() != 200 ? payload : key.post(c, base, submit, payload.body());
    }

    static long id(HttpResponse<String> r) {
        check(r, 201);
        return CanonicalJson.parseObject(r.body()).getJsonNumber("id").longValue();
    }

    static void check(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }
}
