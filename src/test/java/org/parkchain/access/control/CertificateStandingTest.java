package org.parkchain.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkchain.access.control.CertificateStanding.Kind;
import org.parkchain.access.entity.MarketCertificate;

class CertificateStandingTest {
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final Duration WARNING = Duration.ofDays(30);

    @Test
    void noCertificateMeansApply() {
        CertificateStanding s = CertificateStanding.of(List.of(), false, NOW, WARNING);
        assertEquals(Kind.NONE, s.kind());
        assertTrue(s.needsAttention());
        assertTrue(CertificateStanding.of(List.of(), true, NOW, WARNING).current().isEmpty());
        assertFalse(CertificateStanding.of(List.of(), true, NOW, WARNING).needsAttention(), "already applied");
    }

    @Test
    void validCertificateOutsideTheWarningPeriodIsActive() {
        MarketCertificate c = cert("a", days(-10), days(31));
        CertificateStanding s = CertificateStanding.of(List.of(c), false, NOW, WARNING);
        assertEquals(Kind.ACTIVE, s.kind());
        assertEquals(31, s.daysLeft());
        assertFalse(s.needsAttention());
    }

    @Test
    void warningStartsExactlyThirtyDaysBeforeExpiry() {
        assertEquals(Kind.ACTIVE, CertificateStanding.of(List.of(cert("a", days(-1), days(30))), false, NOW, WARNING)
                .kind(), "expiring exactly at the end of the warning period is not yet inside it");
        CertificateStanding s = CertificateStanding.of(List.of(cert("a", days(-1), days(30).minusSeconds(1))), false,
                NOW, WARNING);
        assertEquals(Kind.EXPIRING, s.kind());
        assertEquals(29, s.daysLeft(), "whole days left");
        assertTrue(s.needsAttention());
    }

    @Test
    void aRenewedCertificateReplacesTheExpiringOne() {
        MarketCertificate old = cert("old", days(-350), days(15));
        MarketCertificate renewed = cert("new", days(-1), days(364));
        CertificateStanding s = CertificateStanding.of(List.of(old, renewed), false, NOW, WARNING);
        assertEquals(Kind.ACTIVE, s.kind());
        assertEquals("new", s.current().orElseThrow().getSerial());
    }

    @Test
    void expiredAndRevokedAreReportedForTheNewestCertificate() {
        MarketCertificate expired = cert("e", days(-400), days(-35));
        assertEquals(Kind.EXPIRED, CertificateStanding.of(List.of(expired), false, NOW, WARNING).kind());
        assertEquals(0, CertificateStanding.of(List.of(expired), false, NOW, WARNING).daysLeft());

        MarketCertificate revoked = cert("r", days(-5), days(360));
        revoked.revoke(1, "regulator", NOW.minusSeconds(60));
        CertificateStanding s = CertificateStanding.of(List.of(expired, revoked), false, NOW, WARNING);
        assertEquals(Kind.REVOKED, s.kind());
        assertEquals("r", s.current().orElseThrow().getSerial());
        assertTrue(s.needsAttention());
    }

    @Test
    void aRevokedCertificateDoesNotHideAnotherValidOne() {
        MarketCertificate revoked = cert("r", days(-5), days(360));
        revoked.revoke(4, "regulator", NOW);
        MarketCertificate valid = cert("v", days(-100), days(200));
        assertEquals("v", CertificateStanding.of(List.of(revoked, valid), false, NOW, WARNING).current().orElseThrow()
                .getSerial());
    }

    @Test
    void aCertificateWhoseValidityLiesAheadIsNotYetValid() {
        CertificateStanding s = CertificateStanding.of(List.of(cert("f", days(2), days(100))), false, NOW, WARNING);
        assertEquals(Kind.NOT_YET_VALID, s.kind());
        assertEquals(100, s.daysLeft());
    }

    private static Instant days(long d) {
        return NOW.plus(Duration.ofDays(d));
    }

    private static MarketCertificate cert(String serial, Instant notBefore, Instant notAfter) {
        return new MarketCertificate(1, 7, serial, "RESIDENT", "CN=x", "fp", "pem", notBefore, notAfter, notBefore);
    }
}
