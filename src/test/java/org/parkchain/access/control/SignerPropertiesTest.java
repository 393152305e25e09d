package org.parkchain.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random pairs of participants (with random roles and payloads): an action signed with one participant's
 * certificate is accepted only for that participant as the caller, never for another.
 */
class SignerPropertiesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final List<String> ROLES = List.of("RESIDENT", "SALES_COMPANY", "LARGE_USER", "GENERATOR",
            "STATION_OPERATOR");
    private static final ParkCertificateAuthority CA = ParkCertificateAuthority.create(
            CryptoProfile.ECDSA_P256_SHA256, "Park", NOW.minus(Duration.ofDays(1)));
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(CA.market(), CA.root(), CA.profile());
    private static final int PARTICIPANTS = 12;
    private static final KeyPair[] KEYS = new KeyPair[PARTICIPANTS];
    private static final X509Certificate[] CERTS = new X509Certificate[PARTICIPANTS];

    static {
        for (int i = 0; i < PARTICIPANTS; i++) {
            KEYS[i] = Pki.keyPair(CA.profile());
            CERTS[i] = CA.issue(KEYS[i].getPublic(), new CertificateSubject("Org " + i, "机构" + i, "CODE" + i),
                    new CertificateAttributes(i + 1, role(i), null, null), NOW.minus(Duration.ofHours(1)),
                    NOW.plus(Duration.ofDays(30)), "http://x/");
        }
    }

    private static String role(int participant) {
        return ROLES.get(participant % ROLES.size());
    }

    @Property(tries = 300)
    void noActionSignedWithOneParticipantsCertificateIsAcceptedForAnotherCaller(
            @ForAll @IntRange(min = 0, max = PARTICIPANTS - 1) int signer,
            @ForAll @IntRange(min = 0, max = PARTICIPANTS - 1) int caller,
            @ForAll("payloads") String action) {
        byte[] payload = action.getBytes(StandardCharsets.UTF_8);
        byte[] signature = SignatureVerifier.sign(CA.profile(), KEYS[signer].getPrivate(), payload);
        // the action allows the caller's own role, as the market boundaries do
        SignatureVerifier.Result r = VERIFIER.verify(payload, signature, CERTS[signer], NOW, s -> RevocationState.GOOD,
                new ExpectedSigner(caller + 1, Set.of(role(caller))));
        if (signer == caller) {
            assertEquals(null, r.refusal());
        } else {
            assertEquals(role(signer).equals(role(caller)) ? SignatureVerifier.Refusal.OTHER_PARTICIPANT
                    : SignatureVerifier.Refusal.WRONG_ROLE, r.refusal());
        }
    }

    @Provide
    Arbitrary<String> payloads() {
        return Arbitraries.strings().ofMaxLength(300).map(s -> "{\"action\":\"bid\",\"note\":\"" + s.hashCode() + "\"}");
    }
}
