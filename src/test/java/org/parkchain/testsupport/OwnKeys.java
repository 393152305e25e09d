package org.parkchain.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Base64;
import org.parkchain.access.control.CryptoProfile;
import org.parkchain.access.control.Pki;
import org.parkchain.access.control.SignatureVerifier;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * A participant's own market key, as an API client has it: a key pair made here, a certificate for it applied for
 * through the API and approved by the regulator, and signed calls with the detached-signature headers.
 */
public record OwnKeys(KeyPair key, String certificatePem, long certificateId) {
    /** Applies for a certificate for a new P-256 key and has {@code regulator} approve it. */
    public static OwnKeys issue(WebClient participant, WebClient regulator, boolean licenceRequired) {
        KeyPair key = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        var body = CanonicalJson.JSON.createObjectBuilder().add("csr", Csrs.bound(participant, key));
        if (licenceRequired) {
            body.add("licenceNumber", "LIC-" + System.nanoTime()).add("licenceExpiry",
                    LocalDate.now().plusYears(2).toString());
        }
        HttpResponse<String> applied = participant.postJson("/api/access/applications", body.build().toString(), null,
                null);
        assertEquals(201, applied.statusCode(), applied.body());
        long application = CanonicalJson.parseObject(applied.body()).getJsonNumber("id").longValue();
        HttpResponse<String> approved = regulator.postJson("/api/access/applications/" + application + "/approve",
                "", null, null);
        assertEquals(200, approved.statusCode(), approved.body());
        var cert = CanonicalJson.parseObject(approved.body());
        return new OwnKeys(key, cert.getString("pem"), cert.getJsonNumber("id").longValue());
    }

    /** POSTs {@code payload} to {@code path} signed with this key, the certificate in the header. */
    public HttpResponse<String> post(WebClient client, String base, String path, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        String signature = Base64.getEncoder().encodeToString(SignatureVerifier.sign(CryptoProfile.ECDSA_P256_SHA256,
                key.getPrivate(), bytes));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-ParkChain-Signature", signature)
                .header("X-ParkChain-Certificate", Base64.getEncoder().encodeToString(certificatePem.getBytes(
                        StandardCharsets.US_ASCII))).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }
}
