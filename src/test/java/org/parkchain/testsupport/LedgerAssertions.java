package org.parkchain.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.function.Executable;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.control.LedgerException;

/**
 * Assertions on the Ledger port's failures, for every {@link org.parkchain.ledger.control.LedgerGateway}: a refusal
 * carries the contract's code; an unreachable ledger carries none and is reported within a time limit.
 */
public final class LedgerAssertions {
    /** Slack for thread scheduling on top of a deadline. */
    private static final Duration SLACK = Duration.ofMillis(500);

    private LedgerAssertions() {
    }

    public static LedgerException assertRejected(ContractError code, Executable call) {
        LedgerException e = assertThrows(LedgerException.class, call);
        assertEquals(LedgerException.Kind.REJECTED, e.kind(), e.getMessage());
        assertEquals(code, e.code().orElse(null), e.getMessage());
        return e;
    }

    /** The call fails as UNAVAILABLE, without a contract code, in less than {@code limit} (plus a little slack). */
    public static LedgerException assertUnavailableWithin(Duration limit, Executable call) {
        long start = System.nanoTime();
        LedgerException e = assertThrows(LedgerException.class, call);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(LedgerException.Kind.UNAVAILABLE, e.kind(), e.getMessage());
        assertTrue(e.code().isEmpty(), e.getMessage());
        assertTrue(took.compareTo(limit.plus(SLACK)) < 0, "took " + took + ": " + e.getMessage());
        return e;
    }
}
