package org.parkchain.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.access.control.CryptoProfile;
import org.parkchain.access.control.Pki;
import org.parkchain.access.control.SignatureVerifier;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.Csrs;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.Sql;
import org.parkchain.testsupport.WebClient;

/**
 * Power consumption agreements against the deployed application and the demo park's tariff and plans: bad meter
 * files are refused by line and save nothing (a 100 MB file too), a recommendation for a posted profile, the
 * resident signs and the sales company countersigns with their market certificates, switching to an auto-accepting
 * company with notice and exit fee, a published plan the database will not change, and billing from imported meter
 * readings.
 */
class AgreementsIT {
    static final ZoneId PARK = ZoneId.of("Asia/Shanghai");
    static String base;
    static WebClient resident;
    static WebClient sales;
    static WebClient admin;
    static WebClient regulator;
    static Sql sql;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        resident = ParticipantLoad.loggedIn(base, "resident20");
        sales = ParticipantLoad.loggedIn(base, "sales3");
        admin = ParticipantLoad.loggedIn(base, "admin");
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        sql = new Sql("parkchain_app");
    }

    @Test
    void badMeterFilesAreRefusedByLineAndSaveNothing() throws Exception {
        long before = profiles();
        assertRefused(upload("timestamp,kWh\n2026-03-01 00:00,0.5,7\n"), "Line 2: expected 2 columns");
        assertRefused(upload("2026-03-01 00:00,0.5\n2026-03-01 0100,0.5\n"), "0100\\\" is not a date and time");
        assertRefused(upload(hourly(LocalDateTime.of(2026, 3, 1, 0, 0), 30).replace("2026-03-01 03:00,0.5",
                "2026-03-01 03:00,-0.5")), "Line 5: -0.5 kWh is negative");
        assertRefused(upload(hourly(LocalDateTime.of(2026, 3, 1, 0, 0), 30).replace("2026-03-01 03:00,0.5",
                "2026-03-01 03:00,5000")), "5000 kWh in one interval is more than a small user can draw (at most 1000");
        String duplicate = hourly(LocalDateTime.of(2026, 3, 1, 0, 0), 30).replace("2026-03-01 03:00",
                "2026-03-01 02:00");
        assertRefused(upload(duplicate), "Line 5: a second reading for 2026-03-01 02:00");
        String gap = hourly(LocalDateTime.of(2026, 3, 1, 0, 0), 30).replace("2026-03-01 03:00,0.5\n", "");
        assertRefused(upload(gap), "Line 5: readings missing from 2026-03-01 03:00 to 2026-03-01 03:00");
        assertRefused(upload("2026-03-01 00:00,0.5\n2026-03-01 00:20,0.5\n"), "readings 20 minutes apart");
        HttpResponse<String> chinese = new WebClient(base).language("zh-CN").send(csvRequest(
                "/api/agreements/profile/readings", "2026-03-01 00:00,abc\n", "resident20", true));
        assertEquals(400, chinese.statusCode(), chinese.body());
        assertTrue(chinese.body().contains("第 1 行：“abc”不是千瓦时数值"), chinese.body());
        // 100 MB of well-formed readings: more than a year, refused at the first reading beyond it
        assertRefused(post100MegabyteFile(new Lines(100L * 1024 * 1024)),
                "Line 35137: more than one year of readings after 2026-01-01 00:00");
        // 100 MB without a line break: refused once the size limit is passed, without reading it into memory
        assertRefused(post100MegabyteFile(new InputStream() {
            private long left = 100L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? '7' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) '7');
                left -= n;
                return n;
            }
        }), "The file is larger than 10 MB; nothing was saved.");
        assertEquals(before, profiles(), "nothing saved from any bad file");
    }

    @Test
    void recommendsForAPostedProfileDeterministically() {
        String body = "{\"gamma\":0,\"archetype\":\"SHOP\",\"annualKwh\":20000}";
        HttpResponse<String> first = resident.postJson("/api/agreements/recommendations", body, null, null);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(first.body(), resident.postJson("/api/agreements/recommendations", body, null, null).body());
        JsonObject r = CanonicalJson.parseObject(first.body());
        JsonArray ranking = r.getJsonArray("ranking");
        assertEquals(CanonicalJson.JSON.createReader(new java.io.StringReader(resident.getJson(
                "/api/agreements/plans", null, null).body())).readArray().size(), ranking.size(), "every plan on offer");
        for (int i = 1; i < ranking.size(); i++) {
            assertTrue(score(ranking, i - 1) <= score(ranking, i), "ranked by score");
        }
        JsonObject fixed = ranking.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("planName")
                .equals("Xinneng Steady Price")).findFirst().orElseThrow();
        double expected = Double.parseDouble(fixed.getString("expectedCost"));
        assertEquals(0.592 * 20000, expected, 0.592 * 20000 * 0.01, "a fixed price times the year's energy");
        assertRefused(resident.postJson("/api/agreements/recommendations",
                "{\"archetype\":\"CASTLE\",\"annualKwh\":20000}", null, null), "Choose a kind of business");
    }

    @Test
    void countersigningRulesAreOnTheLedger() throws SQLException {
        long sales2 = sql.count("SELECT participant_id FROM user_account WHERE username = 'sales2'");
        String history = regulator.getJson("/api/audit/records/sales-rule:" + sales2, null, null).body();
        assertTrue(history.contains("sales-rule.updated"), history);
    }

    @Test
    void publishedPlansCannotBeChangedInTheDatabase() {
        SQLException e = assertThrows(SQLException.class, () -> sql.execute(
                "UPDATE agreements_plan SET terms = '{}' WHERE status = 'PUBLISHED'"));
        assertTrue(e.getMessage().contains("is published and cannot be changed"), e.getMessage());
    }

    /**
     * resident31 (another resident) signs its own offer with resident30's certificate and key: the signature is
     * valid and the role right, but the certificate is not the caller's, so nothing is signed.
     */
    @Test
    void refusesAnAgreementSignedWithAnotherResidentsCertificate() throws Exception {
        WebClient victim = ParticipantLoad.loggedIn(base, "resident30");
        WebClient attacker = ParticipantLoad.loggedIn(base, "resident31");
        KeyPair victimKey = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        String victimCert = certificate(victim, victimKey, null);
        assertEquals(201, attacker.send(csvRequest("/api/agreements/profile/readings",
                hourly(LocalDateTime.of(2026, 3, 2, 0, 0), 7 * 24), null, false)).statusCode());
        String payload = attacker.getJson("/api/agreements/plans/" + planId("Taihu Green Discount")
                + "/signing-payload", null, null).body();
        assertRefused(signed(attacker, "/api/agreements/agreements", payload, victimKey, victimCert),
                "the certificate belongs to another participant");
        assertEquals(0, sql.count("SELECT count(*) FROM agreements_agreement a JOIN user_account u "
                + "ON u.participant_id = a.resident_participant_id WHERE u.username = 'resident31'"));
        assertTrue(regulator.getJson("/api/access/denials", null, null).body().contains("OTHER_PARTICIPANT"));
    }

    @Test
    void signCountersignSwitchAndBill() throws Exception {
        KeyPair residentKey = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        KeyPair salesKey = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        String residentCert = certificate(resident, residentKey, null);
        String salesCert = certificate(sales, salesKey, "SD-32-2024-0056");

        // the resident's profile from a week of hourly readings
        HttpResponse<String> profile = upload(hourly(LocalDateTime.of(2026, 3, 2, 0, 0), 7 * 24));
        assertEquals(201, profile.statusCode(), profile.body());

        long plan = planId("Taihu Green Discount");
        String payload = resident.getJson("/api/agreements/plans/" + plan + "/signing-payload", null, null).body();
        assertTrue(payload.contains("\"action\":\"agreement.sign\""), payload);
        // a signature over something else is refused and leaves nothing
        HttpResponse<String> forged = signed(resident, "/api/agreements/agreements",
                payload.replace("agreement.sign", "agreement.sign "), residentKey, residentCert);
        assertEquals(400, forged.statusCode(), forged.body());
        assertEquals(0, sql.count("SELECT count(*) FROM agreements_agreement a JOIN user_account u "
                + "ON u.participant_id = a.resident_participant_id WHERE u.username = 'resident20'"));

        JsonObject signed = created(signed(resident, "/api/agreements/agreements", payload, residentKey,
                residentCert));
        assertEquals("PENDING", signed.getString("status"));
        assertRefused(signed(resident, "/api/agreements/agreements", payload, residentKey, residentCert),
                "already have an agreement awaiting countersignature");

        long id = signed.getJsonNumber("id").longValue();
        String counter = sales.getJson("/api/agreements/agreements/" + id + "/countersign-payload", null, null)
                .body();
        HttpResponse<String> countersigned = signed(sales, "/api/agreements/agreements/" + id + "/countersign",
                counter, salesKey, salesCert);
        assertEquals(200, countersigned.statusCode(), countersigned.body());
        JsonObject active = CanonicalJson.parseObject(countersigned.body());
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(LocalDate.now(PARK).toString(), active.getString("startsOn"));
        String history = regulator.getJson("/api/audit/records/agreement:" + id, null, null).body();
        assertTrue(history.contains("agreement.signed") && history.contains("agreement.countersigned"), history);

        // switching to a company that accepts automatically: notice of 60 days, exit fee of 500 within the term
        long blocks = planId("Jiangnan Block Saver");
        JsonObject switched = created(signed(resident, "/api/agreements/agreements", resident.getJson(
                "/api/agreements/plans/" + blocks + "/signing-payload", null, null).body(), residentKey,
                residentCert));
        assertEquals("ACTIVE", switched.getString("status"), "auto-accepted");
        assertEquals(LocalDate.now(PARK).plusDays(60).toString(), switched.getString("startsOn"));
        JsonObject previous = agreement(id);
        assertEquals(LocalDate.now(PARK).plusDays(59).toString(), previous.getString("endsOn"));
        assertEquals("500.00", previous.getString("exitFee"));

        // billing: the discount agreement is dated back to last month (a black-box test cannot move the clock),
        // the meter system sends last month's readings, and the month is billed once
        YearMonth last = YearMonth.now(PARK).minusMonths(1);
        // (afterwards the row gets its real start date back, so the shared app's audit still verifies)
        sql.execute("UPDATE agreements_agreement SET starts_on = '" + last.atDay(1) + "' WHERE id = " + id);
        try {
            billLastMonth(last);
        } finally {
            sql.execute("UPDATE agreements_agreement SET starts_on = '" + LocalDate.now(PARK) + "' WHERE id = " + id);
        }
    }

    /**
     * resident34 signs with its own key and waits for sales1; a second plan is refused before anything is signed;
     * then its certificate is revoked for key compromise, and sales1 can neither fetch the countersigning text nor
     * countersign with a payload it built itself: both are refused with the reason and recorded as denials.
     */
    @Test
    void aCountersignatureIsRefusedOnceTheResidentsKeyIsCompromised() throws Exception {
        WebClient victim = ParticipantLoad.loggedIn(base, "resident34");
        WebClient company = ParticipantLoad.loggedIn(base, "sales1");
        KeyPair residentKey = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        KeyPair salesKey = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        String residentCert = certificate(victim, residentKey, null);
        String salesCert = certificate(company, salesKey, "SD-32-2024-0077");
        assertEquals(201, victim.send(csvRequest("/api/agreements/profile/readings",
                hourly(LocalDateTime.of(2026, 3, 2, 0, 0), 7 * 24), null, false)).statusCode());
        String payload = victim.getJson("/api/agreements/plans/" + planId("Xinneng Steady Price")
                + "/signing-payload", null, null).body();
        JsonObject pending = created(signed(victim, "/api/agreements/agreements", payload, residentKey, residentCert));
        assertEquals("PENDING", pending.getString("status"));
        assertRefused(victim.getJson("/api/agreements/plans/" + planId("Xinneng Valley Saver") + "/signing-payload",
                null, null), "already have an agreement awaiting countersignature");

        String fingerprint = pending.getString("residentFingerprint");
        long certificateId = CanonicalJson.JSON.createReader(new java.io.StringReader(victim.getJson(
                "/api/access/certificates", null, null).body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("fingerprint").equals(fingerprint)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, regulator.postJson("/api/access/certificates/" + certificateId + "/revoke",
                "{\"reason\":1}", null, null).statusCode());

        long id = pending.getJsonNumber("id").longValue();
        assertRefused(company.getJson("/api/agreements/agreements/" + id + "/countersign-payload", null, null),
                "revoked for key compromise");
        String built = CanonicalJson.write(CanonicalJson.JSON.createObjectBuilder()
                .add("action", "agreement.countersign").add("agreement", id).add("user", "sales1")
                .add("salesCompany", pending.getJsonNumber("salesParticipantId").longValue())
                .add("resident", pending.getJsonNumber("residentParticipantId").longValue())
                .add("plan", pending.getJsonNumber("planId").longValue()).add("residentFingerprint", fingerprint)
                .add("residentPayloadHash", org.parkchain.platform.canonical.Hashes.sha256Hex(payload)).build());
        assertRefused(signed(company, "/api/agreements/agreements/" + id + "/countersign", built, salesKey, salesCert),
                "revoked for key compromise");
        assertEquals("PENDING", agreementOf(company, id).getString("status"), "nothing countersigned");
        String denials = regulator.getJson("/api/access/denials", null, null).body();
        assertTrue(denials.contains("SIGNER_KEY_COMPROMISED"), denials);
        assertEquals(200, company.postJson("/api/agreements/agreements/" + id + "/decline",
                "{\"reason\":\"the customer's key was compromised\"}", null, null).statusCode());
    }

    private static JsonObject agreementOf(WebClient client, long id) {
        return CanonicalJson.JSON.createReader(new java.io.StringReader(client.getJson("/api/agreements/agreements",
                null, null).body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static void billLastMonth(YearMonth last) throws Exception {
        String code = sql.string("SELECT p.credit_code FROM participant p JOIN user_account u "
                + "ON u.participant_id = p.id WHERE u.username = 'resident20'");
        StringBuilder meter = new StringBuilder("meter,timestamp,kWh\n");
        for (LocalDateTime t = last.atDay(1).atStartOfDay(); t.isBefore(last.plusMonths(1).atDay(1).atStartOfDay());
             t = t.plusHours(1)) {
            meter.append(code).append(',').append(t.toString().replace('T', ' ')).append(",1\n");
        }
        assertRefused(admin.send(csvRequest("/api/agreements/meter-readings", meter + "91999999999999999X,"
                + last.atDay(3) + " 00:00,1\n91999999999999999X," + last.atDay(3) + " 01:00,1\n", null, false)),
                "is not a resident's credit code");
        HttpResponse<String> imported = admin.send(csvRequest("/api/agreements/meter-readings", meter.toString(),
                null, false));
        assertEquals(201, imported.statusCode(), imported.body());
        JsonObject run = CanonicalJson.parseObject(admin.postJson("/api/agreements/bill-runs?month=" + last, "",
                null, null).body());
        assertTrue(run.getInt("issued") >= 1, run.toString());
        JsonObject bill = CanonicalJson.JSON.createReader(new java.io.StringReader(resident.getJson(
                "/api/agreements/bills", null, null).body())).readArray().getJsonObject(0);
        int hours = last.lengthOfMonth() * 24;
        assertEquals(hours, Double.parseDouble(bill.getString("totalKwh")), 0.001);
        double catalog = Double.parseDouble(bill.getString("catalogCost"));
        assertEquals(catalog - 0.035 * hours, Double.parseDouble(bill.getString("energy")), 0.011,
                "the discount plan charges the catalog price less 0.035 a kWh");
        assertRefused(admin.send(csvRequest("/api/agreements/meter-readings", meter.toString(), null, false)),
                "were imported before");
        assertEquals(0, CanonicalJson.parseObject(admin.postJson("/api/agreements/bill-runs?month=" + last, "",
                null, null).body()).getInt("issued"), "billed once");
        assertRefused(admin.postJson("/api/agreements/bill-runs?month=" + YearMonth.now(PARK), "", null, null),
                "is not over yet");
    }

    private static JsonObject agreement(long id) {
        return CanonicalJson.JSON.createReader(new java.io.StringReader(resident.getJson(
                "/api/agreements/agreements", null, null).body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static String certificate(WebClient client, KeyPair key, String licence) throws Exception {
        String csr = Csrs.bound(client, key);
        var body = CanonicalJson.JSON.createObjectBuilder().add("csr", csr);
        if (licence != null) {
            body.add("licenceNumber", licence).add("licenceExpiry", LocalDate.now().plusYears(2).toString());
        }
        HttpResponse<String> applied = client.postJson("/api/access/applications", body.build().toString(), null,
                null);
        assertEquals(201, applied.statusCode(), applied.body());
        long application = CanonicalJson.parseObject(applied.body()).getJsonNumber("id").longValue();
        HttpResponse<String> approved = regulator.postJson("/api/access/applications/" + application + "/approve",
                "", null, null);
        assertEquals(200, approved.statusCode(), approved.body());
        return CanonicalJson.parseObject(approved.body()).getString("pem");
    }

    private static HttpResponse<String> signed(WebClient client, String path, String payload, KeyPair key,
                                               String certificate) throws Exception {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder().encodeToString(SignatureVerifier.sign(CryptoProfile.ECDSA_P256_SHA256,
                key.getPrivate(), bytes));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-ParkChain-Signature", signature)
                .header("X-ParkChain-Certificate", Base64.getEncoder().encodeToString(certificate.getBytes(
                        StandardCharsets.US_ASCII))).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static long planId(String name) {
        return CanonicalJson.JSON.createReader(new java.io.StringReader(resident.getJson("/api/agreements/plans",
                null, null).body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
    }

    private static HttpResponse<String> upload(String csv) {
        return resident.send(csvRequest("/api/agreements/profile/readings", csv, null, false));
    }

    private static HttpRequest csvRequest(String path, String csv, String basicUser, boolean basic) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/csv")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(csv));
        if (basic) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((basicUser + ":"
                    + RunningApp.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
            b.header("Accept-Language", "zh-CN");
        }
        return b.build();
    }

    /** Hourly readings of 0.5 kWh from {@code start}. */
    static String hourly(LocalDateTime start, int hours) {
        StringBuilder out = new StringBuilder("timestamp,kWh\n");
        for (int h = 0; h < hours; h++) {
            out.append(start.plusHours(h).toString().replace('T', ' ')).append(",0.5\n");
        }
        return out.toString();
    }

    private static HttpResponse<String> post100MegabyteFile(InputStream content) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of("target", "agreements-100mb.csv");
        try (content) {
            java.nio.file.Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(100L * 1024 * 1024, java.nio.file.Files.size(file));
        try {
            return resident.send(HttpRequest.newBuilder(URI.create(base + "/api/agreements/profile/readings"))
                    .header("Content-Type", "text/csv").header("Accept", "application/json")
                    .timeout(java.time.Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static long profiles() throws SQLException {
        return sql.count("SELECT count(*) FROM agreements_profile");
    }

    private static double score(JsonArray ranking, int i) {
        return Double.parseDouble(ranking.getJsonObject(i).getString("score"));
    }

    private static JsonObject created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return CanonicalJson.parseObject(r.body());
    }

    private static void assertRefused(HttpResponse<String> r, String text) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(text), r.body());
    }

    /** An endless supply of valid readings, cut at {@code size} bytes. */
    private static final class Lines extends InputStream {
        private final long size;
        private long sent;
        private byte[] line = new byte[0];
        private int pos;
        private LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);

        Lines(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (sent >= size) {
                return -1;
            }
            if (pos == line.length) {
                line = (t.toString().replace('T', ' ') + ",0.25\n").getBytes(StandardCharsets.US_ASCII);
                t = t.plusMinutes(15);
                pos = 0;
            }
            sent++;
            return line[pos++];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }
}
