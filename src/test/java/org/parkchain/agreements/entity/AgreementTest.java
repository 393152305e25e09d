package org.parkchain.agreements.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.BusinessException;

/** An agreement guards its own transitions: only a pending one is decided, only one in force ends. */
class AgreementTest {
    static final Instant T = Instant.parse("2026-11-02T08:00:00Z");

    static Agreement pending() {
        return new Agreement(20, 4, 3, "{}", "sig", "f".repeat(64), "resident20", T, null);
    }

    @Test
    void aPendingAgreementIsCountersignedOnce() {
        Agreement a = pending();
        a.countersign("sales4", "sig2", "e".repeat(64), T, LocalDate.of(2026, 11, 2));
        assertEquals(Agreement.Status.ACTIVE, a.getStatus());
        assertTrue(a.inForceOn(LocalDate.of(2026, 11, 2)));
        BusinessException again = assertThrows(BusinessException.class,
                () -> a.countersign("sales4", "sig3", "d".repeat(64), T, LocalDate.of(2026, 12, 1)));
        assertEquals("error.agreement.decided", again.problems().get(0).key());
        assertEquals(LocalDate.of(2026, 11, 2), a.getStartsOn(), "nothing changed");
    }

    @Test
    void aDecidedAgreementCannotBeDeclinedOrWithdrawn() {
        Agreement declined = pending();
        declined.decline("sales4", "volume too large", T);
        assertThrows(BusinessException.class, () -> declined.cancel(T));
        assertThrows(BusinessException.class, () -> declined.countersign("sales4", "s", "e".repeat(64), T,
                LocalDate.of(2026, 11, 2)));
        Agreement cancelled = pending();
        cancelled.cancel(T);
        assertThrows(BusinessException.class, () -> cancelled.decline("sales4", "late", T));
        assertEquals(Agreement.Status.CANCELLED, cancelled.getStatus());
    }

    /** Regression: an agreement switched to showed "Active" before its start, beside the one still supplying. */
    @Test
    void anAgreementIsUpcomingBeforeItsStartAndEndedAfterItsLastDay() {
        Agreement a = pending();
        assertEquals("PENDING", a.stateOn(LocalDate.of(2026, 11, 2)));
        a.countersign("sales4", "sig2", "e".repeat(64), T, LocalDate.of(2027, 1, 1));
        assertEquals("UPCOMING", a.stateOn(LocalDate.of(2026, 12, 31)));
        assertEquals("ACTIVE", a.stateOn(LocalDate.of(2027, 1, 1)));
        a.endOn(LocalDate.of(2027, 6, 30), null);
        assertEquals("ACTIVE", a.stateOn(LocalDate.of(2027, 6, 30)));
        assertEquals("ENDED", a.stateOn(LocalDate.of(2027, 7, 1)));
    }

    @Test
    void onlyAnAgreementInForceEnds() {
        Agreement a = pending();
        assertThrows(IllegalStateException.class, () -> a.endOn(LocalDate.of(2026, 12, 31), BigDecimal.TEN));
        a.countersign("sales4", "sig2", "e".repeat(64), T, LocalDate.of(2026, 11, 2));
        a.endOn(LocalDate.of(2026, 12, 31), new BigDecimal("500.00"));
        assertEquals(new BigDecimal("500.00"), a.getExitFee());
    }
}
