package org.parkchain.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ParticipantLicenceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static Participant withLicenceUntil(LocalDate expiry) {
        return new Participant(ParticipantType.GENERATOR, "Solar", "光伏", "91320594MA1110866Q",
                expiry == null ? null : "1032026-00001", expiry, Instant.EPOCH);
    }

    @Test
    void aLicenceIsFlaggedFromTheStartOfTheWarningPeriod() {
        Period ninety = Period.ofDays(90);
        assertTrue(withLicenceUntil(TODAY.plusDays(90)).licenceExpiresWithin(TODAY, ninety));
        assertFalse(withLicenceUntil(TODAY.plusDays(91)).licenceExpiresWithin(TODAY, ninety));
        assertTrue(withLicenceUntil(TODAY.minusDays(1)).licenceExpiresWithin(TODAY, ninety), "expired");
        assertFalse(withLicenceUntil(null).licenceExpiresWithin(TODAY, ninety), "no licence, nothing to renew");
    }

    @Test
    void daysToExpiryAreWholeDays() {
        assertEquals(31L, withLicenceUntil(LocalDate.of(2027, 1, 2)).daysToLicenceExpiry(TODAY));
        assertNull(withLicenceUntil(null).daysToLicenceExpiry(TODAY));
    }
}
