package org.parkchain.agreements.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.platform.BusinessException;

/** When a resident may sign: checked before the signing step opens and again when the signature arrives. */
class SigningRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static Agreement agreement(long plan) {
        return new Agreement(20, 4, plan, "{}", "sig", "f".repeat(64), "resident20", Instant.parse(
                "2026-11-01T00:00:00Z"), null);
    }

    static Agreement active(long plan, LocalDate startsOn) {
        Agreement a = agreement(plan);
        a.countersign("sales1", "sig", "e".repeat(64), Instant.parse("2026-11-01T00:00:00Z"), startsOn);
        return a;
    }

    static String refusal(Optional<Agreement> pending, Optional<Agreement> open, long plan) {
        return assertThrows(BusinessException.class, () -> SigningRules.requireMaySign(pending, open, plan, TODAY))
                .problems().get(0).key();
    }

    @Test
    void aResidentWithoutAgreementsMaySignAnyPlan() {
        assertDoesNotThrow(() -> SigningRules.requireMaySign(Optional.empty(), Optional.empty(), 3, TODAY));
    }

    @Test
    void anAgreementAwaitingTheCompanyBlocksAnotherSignature() {
        assertEquals("error.agreement.pendingExists", refusal(Optional.of(agreement(3)), Optional.empty(), 5));
    }

    @Test
    void thePlanInForceCannotBeSignedAgainButAnotherCan() {
        Optional<Agreement> open = Optional.of(active(3, TODAY.minusMonths(2)));
        assertEquals("error.agreement.samePlan", refusal(Optional.empty(), open, 3));
        assertDoesNotThrow(() -> SigningRules.requireMaySign(Optional.empty(), open, 5, TODAY));
    }

    @Test
    void aScheduledSwitchBlocksAnotherUntilItStarts() {
        Optional<Agreement> scheduled = Optional.of(active(5, TODAY.plusDays(30)));
        assertEquals("error.agreement.switchScheduled", refusal(Optional.empty(), scheduled, 7));
        assertDoesNotThrow(() -> SigningRules.requireMaySign(Optional.empty(), scheduled, 7, TODAY.plusDays(30)));
    }
}
