package org.parkchain.identity.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionCheckTest {
    static final Duration RECHECK = Duration.ofSeconds(2);
    final SessionCheck check = new SessionCheck(new SessionCaller(UserAccountTest.account(), null), 7, 1_000);

    @Test
    void holdsForTheSameUserWithinThePeriodWhenNothingChangedHere() {
        assertTrue(check.stillValid("resident01", 7, 1_000 + RECHECK.toNanos() - 1, RECHECK));
    }

    @Test
    void isTakenAgainOnceThePeriodHasPassed() {
        assertFalse(check.stillValid("resident01", 7, 1_000 + RECHECK.toNanos(), RECHECK));
    }

    @Test
    void isTakenAgainAtOnceAfterAnAccountOrParticipantChangeCommittedHere() {
        assertFalse(check.stillValid("resident01", 8, 1_001, RECHECK));
    }

    @Test
    void isNeverAnotherUsersCheck() {
        assertFalse(check.stillValid("resident02", 7, 1_001, RECHECK));
    }

    @Test
    void aZeroPeriodChecksEveryRequest() {
        assertFalse(check.stillValid("resident01", 7, 1_000, Duration.ZERO));
    }
}
