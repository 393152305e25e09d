package org.parkchain.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedCrlTest {
    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    final ParkCertificateAuthority ca = ParkCertificateAuthority.create(CryptoProfile.ECDSA_P256_SHA256, "Park",
            NOW.minus(Duration.ofDays(1)));
    final BigInteger revoked = BigInteger.valueOf(4242);

    byte[] crl(ParkCertificateAuthority by, long number, Instant at) throws Exception {
        return by.crl(List.of(new ParkCertificateAuthority.Revocation(revoked, at, 1)), number, at,
                Duration.ofDays(7)).getEncoded();
    }

    @Test
    void readsTheRevocationStateFromACrlTheMarketCaSigned() throws Exception {
        TrustedCrl crl = TrustedCrl.of(crl(ca, 5, NOW), ca.market(), 4, NOW).orElseThrow();
        assertEquals(RevocationState.REVOKED, crl.state(revoked));
        assertEquals(RevocationState.GOOD, crl.state(BigInteger.TEN));
        assertEquals(5, crl.number());
    }

    @Test
    void distrustsForeignAlteredExpiredAndRolledBackCrls() throws Exception {
        ParkCertificateAuthority foreign = ParkCertificateAuthority.create(CryptoProfile.ECDSA_P256_SHA256, "Park",
                NOW.minus(Duration.ofDays(1)));
        assertTrue(TrustedCrl.of(crl(foreign, 5, NOW), ca.market(), 0, NOW).isEmpty(), "foreign CA");
        byte[] altered = crl(ca, 5, NOW);
        altered[altered.length - 5] ^= 1;
        assertTrue(TrustedCrl.of(altered, ca.market(), 0, NOW).isEmpty(), "signature broken");
        assertTrue(TrustedCrl.of(crl(ca, 5, NOW), ca.market(), 0, NOW.plus(Duration.ofDays(8))).isEmpty(), "expired");
        assertTrue(TrustedCrl.of(crl(ca, 5, NOW), ca.market(), 6, NOW).isEmpty(), "older than one seen");
        assertTrue(TrustedCrl.of(null, ca.market(), 0, NOW).isEmpty());
        assertTrue(TrustedCrl.of(new byte[] {1, 2, 3}, ca.market(), 0, NOW).isEmpty());
    }
}
