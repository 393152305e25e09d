package org.parkchain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
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
 * Market access probed as an attacker with an account would, against the deployed application: another
 * participant's certificate, weak curves from OpenSSL, a replayed CSR, a key certified to someone else or revoked
 * for compromise, a free-text organisation, a revocation undone in SQL.
 */
class AccessHardeningIT {
    static final byte[] PAYLOAD = "{\"action\":\"bid\",\"kWh\":75}".getBytes(StandardCharsets.UTF_8);
    static String base;
    static WebClient regulator;
    static Sql sql;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        sql = new Sql("parkchain_app");
    }

    @Test
    void refusesSignatureWithAnotherParticipantsCertificate() {
        WebClient large3 = ParticipantLoad.loggedIn(base, "large3");
        WebClient large4 = ParticipantLoad.loggedIn(base, "large4");
        KeyPair key = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        X509Certificate cert = certify(large3, key, Csrs.bound(large3, key));
        String signature = sign(key, PAYLOAD);
        assertEquals(200, check(large3, PAYLOAD, signature, cert).statusCode(), "the holder itself");
        assertRefused(check(large4, PAYLOAD, signature, cert), "the certificate belongs to another participant");
        assertTrue(regulator.getJson("/api/access/denials", null, null).body().contains("OTHER_PARTICIPANT"));
    }

    @Test
    void theCertificateNamesTheRegisteredParticipantNotTypedText() throws Exception {
        WebClient large3 = ParticipantLoad.loggedIn(base, "large3");
        JsonObject standing = CanonicalJson.parseObject(large3.getJson("/api/access/standing", null, null).body());
        KeyPair key = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        HttpResponse<String> impostor = large3.postJson("/api/access/applications", CanonicalJson.JSON
                .createObjectBuilder().add("organisation", "Suzhou Xinneng Power Sales Co., Ltd.")
                .add("csr", Csrs.bound(large3, key)).build().toString(), null, null);
        assertRefused(impostor, "cannot name \\\"Suzhou Xinneng Power Sales Co., Ltd.\\\"");
        X509Certificate cert = certify(large3, key, Csrs.bound(large3, key));
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        assertTrue(subject.toString().contains("SERIALNUMBER=" + standing.getString("creditCode")), subject.toString());
        String cn = IETFUtils.valueToString(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue());
        assertTrue(standing.getString("subject").startsWith("CN=" + cn), standing + " / " + subject);
        assertTrue(!subject.toString().contains("Xinneng"), subject.toString());
    }

    @Test
    void refusesOpenSslCsrsOnWeakCurves() throws Exception {
        assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl is not installed");
        WebClient gen2 = ParticipantLoad.loggedIn(base, "gen2");
        String code = Csrs.creditCode(gen2);
        Path dir = Files.createDirectories(Path.of("target", "weak-curves"));
        for (String curve : new String[] {"prime192v1", "secp112r1"}) {
            openssl(dir, "ecparam", "-name", curve, "-genkey", "-noout", "-out", curve + ".key");
            openssl(dir, "req", "-new", "-key", curve + ".key", "-subj", "/CN=Solar 2/serialNumber=" + code,
                    "-out", curve + ".csr");
            HttpResponse<String> r = gen2.postJson("/api/access/applications", CanonicalJson.JSON.createObjectBuilder()
                    .add("licenceNumber", "1032026-00002").add("licenceExpiry", "2030-01-01")
                    .add("csr", Files.readString(dir.resolve(curve + ".csr"))).build().toString(), null, null);
            assertRefused(r, "P-256");
        }
    }

    @Test
    void refusesAReplayedCsrAKeyOfAnotherAndACompromisedKeyAndAFreshStartIsNoRenewal() {
        WebClient gen2 = ParticipantLoad.loggedIn(base, "gen2");
        WebClient gen4 = ParticipantLoad.loggedIn(base, "gen4");
        KeyPair key = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        String gen2Csr = Csrs.bound(gen2, key);
        X509Certificate cert = certify(gen2, key, gen2Csr);
        assertRefused(apply(gen4, gen2Csr), "must carry your unified social credit code");
        assertRefused(apply(gen4, Csrs.bound(gen4, key)), "certified to another participant");

        long id = certificateId(gen2);
        assertEquals(200, regulator.postJson("/api/access/certificates/" + id + "/revoke", "{\"reason\":1}", null,
                null).statusCode());
        assertRefused(apply(gen2, gen2Csr), "revoked for key compromise");
        assertRefused(apply(gen4, Csrs.bound(gen4, key)), "revoked for key compromise");
        assertRefused(check(gen2, PAYLOAD, sign(key, PAYLOAD), cert), "revoked");
        // the certificate the demo park gave gen2 ends too (superseded), so that no valid one is left
        CanonicalJson.JSON.createReader(new java.io.StringReader(gen2.getJson("/api/access/certificates?status=VALID",
                null, null).body())).readArray().getValuesAs(jakarta.json.JsonObject.class).forEach(c -> assertEquals(
                200, regulator.postJson("/api/access/certificates/" + c.getJsonNumber("id") + "/revoke",
                        "{\"reason\":4}", null, null).statusCode()));

        KeyPair fresh = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        certify(gen2, fresh, Csrs.bound(gen2, fresh));
        String history = regulator.getJson("/api/audit/records/certificate:" + certificateId(gen2), null, null).body();
        assertTrue(history.contains("certificate.issued") && !history.contains("certificate.renewed"),
                "no valid certificate was left to renew: " + history);
    }

    /** The revocation is undone by SQL: signing still refuses (the CA-signed CRL says revoked), the audit reports it. */
    @Test
    void anUndoneRevocationIsRefusedAtSigningAndReportedByTheAudit() throws Exception {
        WebClient station2 = ParticipantLoad.loggedIn(base, "station2");
        KeyPair key = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        X509Certificate cert = certify(station2, key, Csrs.bound(station2, key));
        long id = certificateId(station2);
        assertEquals(200, regulator.postJson("/api/access/certificates/" + id + "/revoke", "{\"reason\":4}", null,
                null).statusCode());
        String revoked = sql.string("SELECT revoked_at || '|' || revoked_by FROM access_certificate WHERE id = " + id);
        sql.awaitBacklogDrained();
        sql.execute("UPDATE access_certificate SET revoked_at = NULL, revocation_reason = NULL, revoked_by = NULL "
                + "WHERE id = " + id);
        try {
            assertRefused(check(station2, PAYLOAD, sign(key, PAYLOAD), cert), "the certificate has been revoked");
            String report = regulator.postJson("/api/audit/verifications", "", null, null).body();
            assertTrue(report.contains("\"aggregateId\":\"certificate:" + id + "\""), report);
        } finally {
            String[] parts = revoked.split("\\|");
            sql.execute("UPDATE access_certificate SET revoked_at = '" + parts[0] + "', revocation_reason = 4, "
                    + "revoked_by = '" + parts[1] + "' WHERE id = " + id);
        }
    }

    private static HttpResponse<String> apply(WebClient client, String csr) {
        return client.postJson("/api/access/applications", CanonicalJson.JSON.createObjectBuilder()
                .add("licenceNumber", "1032026-00009").add("licenceExpiry", "2030-01-01").add("csr", csr).build()
                .toString(), null, null);
    }

    private static X509Certificate certify(WebClient client, KeyPair key, String csr) {
        HttpResponse<String> applied = apply(client, csr);
        assertEquals(201, applied.statusCode(), applied.body());
        long application = CanonicalJson.parseObject(applied.body()).getJsonNumber("id").longValue();
        HttpResponse<String> approved = regulator.postJson("/api/access/applications/" + application + "/approve", "",
                null, null);
        assertEquals(200, approved.statusCode(), approved.body());
        X509Certificate cert = Pki.parseCertificatePem(CanonicalJson.parseObject(approved.body()).getString("pem"))
                .orElseThrow();
        assertEquals(key.getPublic(), cert.getPublicKey());
        return cert;
    }

    private static long certificateId(WebClient client) {
        return CanonicalJson.JSON.createReader(new java.io.StringReader(client.getJson("/api/access/certificates",
                null, null).body())).readArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static String sign(KeyPair key, byte[] payload) {
        return Base64.getEncoder().encodeToString(SignatureVerifier.sign(CryptoProfile.ECDSA_P256_SHA256,
                key.getPrivate(), payload));
    }

    static HttpResponse<String> check(WebClient client, byte[] payload, String signature, X509Certificate cert) {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/access/signature-checks?action=bid"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-ParkChain-Signature", signature).header("X-ParkChain-Certificate", Base64.getEncoder()
                        .encodeToString(Pki.pem(cert).getBytes(StandardCharsets.US_ASCII)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload)).build());
    }

    static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
    }

    private static void openssl(Path dir, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
    }
}
