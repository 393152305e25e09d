package org.parkchain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.access.control.CertificateAttributes;
import org.parkchain.access.control.CertificateSubject;
import org.parkchain.access.control.CryptoProfile;
import org.parkchain.access.control.ParkCertificateAuthority;
import org.parkchain.access.control.Pki;
import org.parkchain.access.control.SignatureVerifier;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.Csrs;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * Market access against the deployed application: apply (generated key and CSR), approve, deliver the key once,
 * verify signed actions and refuse each kind of bad one with its own message and a denial record, revoke with
 * immediate effect and a new CRL, and the ledger records issuance and revocation.
 */
class AccessIT {
    static String base;
    static WebClient regulator;
    static WebClient generator;
    static WebClient largeUser;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        regulator = ParticipantLoad.loggedIn(base, "regulator");
        generator = ParticipantLoad.loggedIn(base, "gen3");
        largeUser = ParticipantLoad.loggedIn(base, "large2");
    }

    @Test
    void applyApproveSignRefuseRevoke() throws Exception {
        // the generator starts without a certificate: the one the demo park gave it is superseded
        array(generator.getJson("/api/access/certificates?status=VALID", null, null)).getValuesAs(JsonObject.class)
                .forEach(c -> object(regulator.postJson("/api/access/certificates/" + c.getJsonNumber("id")
                        + "/revoke", "{\"reason\":4}", null, null)));
        // a malformed request is refused with its own message and nothing is saved
        int before = array(generator.getJson("/api/access/applications", null, null)).size();
        HttpResponse<String> malformed = generator.postJson("/api/access/applications",
                "{\"licenceNumber\":\"1032026-77777\",\"licenceExpiry\":\"2030-01-01\","
                        + "\"csr\":\"-----BEGIN CERTIFICATE REQUEST-----\\nAAAA\\n-----END CERTIFICATE REQUEST-----\"}",
                null, null);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("not a readable PKCS#10 request"), malformed.body());
        assertEquals(before, array(generator.getJson("/api/access/applications", null, null)).size());

        // a CSR for the generator's own key
        KeyPair own = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        String csr = Csrs.bound(generator, own);
        long csrApplication = created(generator.postJson("/api/access/applications", CanonicalJson.JSON
                .createObjectBuilder().add("licenceNumber", "1032026-77777")
                .add("licenceExpiry", "2030-01-01").add("csr", csr).build().toString(), null, null));
        // a key generated and held for the large user (beside the one the demo park gave it)
        int valid = array(largeUser.getJson("/api/access/certificates?status=VALID", null, null)).size();
        long heldApplication = created(largeUser.postJson("/api/access/applications",
                "{\"password\":\"" + RunningApp.DEMO_PASSWORD + "\"}", null, null));

        JsonObject generatorCert = object(regulator.postJson("/api/access/applications/" + csrApplication
                + "/approve", "", null, null));
        object(regulator.postJson("/api/access/applications/" + heldApplication + "/approve", "", null, null));
        X509Certificate cert = Pki.parseCertificatePem(generatorCert.getString("pem")).orElseThrow();
        assertEquals("GENERATOR", CertificateAttributes.of(cert).orElseThrow().role());
        assertEquals(own.getPublic(), cert.getPublicKey());
        JsonObject standing = object(generator.getJson("/api/access/standing", null, null));
        assertEquals("ACTIVE", standing.getString("kind"));
        assertEquals(364, standing.getInt("daysLeft"), "a year's certificate, whole days left");

        // the generated key is delivered once, under the holder's password
        HttpResponse<byte[]> wrong = postBytes(largeUser, "/api/access/applications/" + heldApplication + "/bundle",
                "{\"password\":\"not-mine\"}");
        assertEquals(400, wrong.statusCode());
        HttpResponse<byte[]> bundle = postBytes(largeUser, "/api/access/applications/" + heldApplication + "/bundle",
                "{\"password\":\"" + RunningApp.DEMO_PASSWORD + "\"}");
        assertEquals(200, bundle.statusCode());
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        p12.load(new ByteArrayInputStream(bundle.body()), RunningApp.DEMO_PASSWORD.toCharArray());
        assertEquals(3, p12.getCertificateChain("parkchain").length);
        assertEquals(400, postBytes(largeUser, "/api/access/applications/" + heldApplication + "/bundle",
                "{\"password\":\"" + RunningApp.DEMO_PASSWORD + "\"}").statusCode(), "delivered once");

        // renewal: a new application while the certificate is valid; both stay valid, the ledger says "renewed"
        long renewal = created(largeUser.postJson("/api/access/applications",
                "{\"password\":\"" + RunningApp.DEMO_PASSWORD + "\"}", null, null));
        assertRefused(largeUser.postJson("/api/access/applications", "{\"password\":\""
                + RunningApp.DEMO_PASSWORD + "\"}", null, null), "You already have an application waiting");
        JsonObject renewed = object(regulator.postJson("/api/access/applications/" + renewal + "/approve", "", null,
                null));
        assertEquals(valid + 2, array(largeUser.getJson("/api/access/certificates?status=VALID", null, null)).size());
        assertTrue(regulator.getJson("/api/audit/records/certificate:" + renewed.getInt("id"), null, null).body()
                .contains("certificate.renewed"));

        // signed actions
        byte[] payload = "{\"action\":\"bid\",\"kWh\":120}".getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder().encodeToString(SignatureVerifier.sign(CryptoProfile.ECDSA_P256_SHA256,
                own.getPrivate(), payload));
        String certHeader = Base64.getEncoder().encodeToString(Pki.pem(cert).getBytes(StandardCharsets.US_ASCII));
        long entriesBefore = auditEntries();
        HttpResponse<String> ok = check(generator, payload, signature, certHeader);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(generatorCert.getString("fingerprint"), CanonicalJson.parseObject(ok.body())
                .getString("fingerprint"));

        int denials = array(regulator.getJson("/api/access/denials", null, null)).size();
        assertRefused(check(generator, "{\"action\":\"bid\",\"kWh\":999}".getBytes(StandardCharsets.UTF_8), signature,
                certHeader), "the signature does not match the action's content");
        assertRefused(check(generator, payload, Base64.getEncoder().encodeToString(new byte[72]), certHeader),
                "the signature does not match");
        assertRefused(check(largeUser, payload, signature, certHeader), "the certificate's role may not take this action");
        assertRefused(check(generator, payload, signature, Base64.getEncoder().encodeToString(
                "-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII))),
                "no readable signature or certificate");
        ParkCertificateAuthority foreign = ParkCertificateAuthority.create(CryptoProfile.ECDSA_P256_SHA256,
                "ParkChain", Instant.now().minusSeconds(60));
        X509Certificate forged = foreign.issue(own.getPublic(), new CertificateSubject("Solar 3", "x", "913205000000000001"), CertificateAttributes.of(cert)
                .orElseThrow(), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), "http://x/");
        assertRefused(check(generator, payload, signature, Base64.getEncoder().encodeToString(Pki.pem(forged)
                .getBytes(StandardCharsets.US_ASCII))), "not issued by this park's certificate authority");

        // revocation takes effect on the next request and is in the new CRL
        X509CRL crlBefore = crl();
        JsonObject revoked = object(regulator.postJson("/api/access/certificates/" + generatorCert.getInt("id")
                + "/revoke", "{\"reason\":1}", null, null));
        assertEquals("REVOKED", revoked.getString("status"));
        assertEquals("REVOKED", object(generator.getJson("/api/access/standing", null, null)).getString("kind"));
        assertTrue(object(generator.getJson("/api/access/standing", null, null)).getBoolean("needsAttention"));
        assertRefused(check(generator, payload, signature, certHeader), "the certificate has been revoked");
        X509CRL crlAfter = crl();
        assertTrue(!crlBefore.isRevoked(cert) && crlAfter.isRevoked(cert));
        assertEquals(cert.getSerialNumber(), crlAfter.getRevokedCertificate(cert).getSerialNumber());

        JsonArray log = array(regulator.getJson("/api/access/denials", null, null));
        assertEquals(denials + 6, log.size(), "one denial per refusal");
        assertTrue(log.toString().contains("REVOKED") && log.toString().contains("FOREIGN_CA"));
        assertEquals(entriesBefore + 6 + 2, auditEntries(), "each refusal one denial entry (the refused action "
                + "leaves nothing), the revocation one entry and its new CRL one");

        String history = regulator.getJson("/api/audit/records/certificate:" + generatorCert.getInt("id"), null, null)
                .body();
        assertTrue(history.contains("certificate.issued") && history.contains("certificate.revoked"), history);
    }

    /**
     * Certificates from the park's own CA whose dates do not cover now: the dates are checked before anything else
     * about the certificate, so each gets its own refusal, a denial record, and nothing else.
     */
    @Test
    void refusesExpiredAndNotYetValidCertificates() throws Exception {
        ParkCertificateAuthority parkCa = ParkCertificateAuthority.load(CryptoProfile.ECDSA_P256_SHA256,
                java.nio.file.Files.readAllBytes(RunningApp.CA_KEYSTORE), "parkchain-ca".toCharArray());
        KeyPair key = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        CertificateAttributes attributes = new CertificateAttributes(1, "GENERATOR", "1032026-00001",
                java.time.LocalDate.of(2030, 1, 1));
        Instant now = Instant.now();
        X509Certificate expired = parkCa.issue(key.getPublic(), new CertificateSubject("Solar 1", "x", "913205000000000001"), attributes,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)), "http://x/");
        X509Certificate early = parkCa.issue(key.getPublic(), new CertificateSubject("Solar 1", "x", "913205000000000001"), attributes,
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(100)), "http://x/");
        byte[] payload = "{\"action\":\"ask\",\"kWh\":40}".getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder().encodeToString(SignatureVerifier.sign(CryptoProfile.ECDSA_P256_SHA256,
                key.getPrivate(), payload));
        int denials = array(regulator.getJson("/api/access/denials", null, null)).size();
        long entries = auditEntries();

        assertRefused(check(generator, payload, signature, header(expired)), "the certificate has expired");
        assertRefused(check(generator, payload, signature, header(early)), "the certificate is not valid yet");

        JsonArray log = array(regulator.getJson("/api/access/denials", null, null));
        assertEquals(denials + 2, log.size());
        assertEquals("NOT_YET_VALID", log.getJsonObject(0).getString("refusal"));
        assertEquals("EXPIRED", log.getJsonObject(1).getString("refusal"));
        assertEquals(entries + 2, auditEntries(), "a refusal leaves only its denial on the ledger");
    }

    private static String header(X509Certificate cert) {
        return Base64.getEncoder().encodeToString(Pki.pem(cert).getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
    }

    private static HttpResponse<String> check(WebClient client, byte[] payload, String signature, String cert) {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/access/signature-checks?action=bid"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-ParkChain-Signature", signature).header("X-ParkChain-Certificate", cert)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload)).build());
    }

    private static HttpResponse<byte[]> postBytes(WebClient client, String path, String json) {
        return client.sendBytes(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static X509CRL crl() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/crl/market-ca.crl")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(r.body()));
    }

    private static long auditEntries() {
        return CanonicalJson.parseObject(regulator.getJson("/api/audit/status", null, null).body())
                .getJsonNumber("entries").longValue();
    }

    private static long created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return CanonicalJson.parseObject(r.body()).getJsonNumber("id").longValue();
    }

    private static JsonObject object(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return CanonicalJson.parseObject(r.body());
    }

    private static JsonArray array(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return CanonicalJson.JSON.createReader(new java.io.StringReader(r.body())).readArray();
    }
}
