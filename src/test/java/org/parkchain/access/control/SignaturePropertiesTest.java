package org.parkchain.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class SignaturePropertiesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final ParkCertificateAuthority CA = ParkCertificateAuthority.create(
            CryptoProfile.ECDSA_P256_SHA256, "Park", NOW.minus(Duration.ofDays(1)));
    private static final KeyPair ONE = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
    private static final KeyPair OTHER = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
    private static final CertificateAttributes ATTRS = new CertificateAttributes(5, "GENERATOR", "L-5", null);
    private static final X509Certificate ONE_CERT = CA.issue(ONE.getPublic(), new CertificateSubject("one", "o", "913205000000000001"), ATTRS, NOW,
            NOW.plus(Duration.ofDays(9)), "http://x/");
    private static final X509Certificate OTHER_CERT = CA.issue(OTHER.getPublic(), new CertificateSubject("other", "o", "913205000000000001"), ATTRS, NOW,
            NOW.plus(Duration.ofDays(9)), "http://x/");
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(CA.market(), CA.root(), CA.profile());

    @Property(tries = 200)
    void aPayloadSignedByOneKeyNeverVerifiesUnderAnother(@ForAll @Size(max = 2000) byte[] payload) {
        byte[] signature = SignatureVerifier.sign(CA.profile(), ONE.getPrivate(), payload);
        Instant at = NOW.plusSeconds(60);
        assertTrue(VERIFIER.verify(payload, signature, ONE_CERT, at, s -> RevocationState.GOOD, new ExpectedSigner(5, Set.of("GENERATOR"))).accepted());
        assertEquals(SignatureVerifier.Refusal.BAD_SIGNATURE,
                VERIFIER.verify(payload, signature, OTHER_CERT, at, s -> RevocationState.GOOD, new ExpectedSigner(5, Set.of("GENERATOR"))).refusal());
    }
}
