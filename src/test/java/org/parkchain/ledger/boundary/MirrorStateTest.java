package org.parkchain.ledger.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The mirror's status through an outage: the wait doubles up to the cap, and a success clears the last error. */
class MirrorStateTest {
    static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    static final Duration INITIAL = Duration.ofMillis(500);
    static final Duration MAX = Duration.ofSeconds(2);

    @Test
    void theWaitDoublesUpToTheCapSoTheMirrorResumesWithinTwoSecondsOfTheLedgersReturn() {
        MirrorState s = new MirrorState();
        s.failed("UNAVAILABLE: io exception", T0, INITIAL, MAX);
        assertEquals(T0.plusMillis(500), s.retryAt());
        s.failed("UNAVAILABLE: io exception", T0.plusSeconds(1), INITIAL, MAX);
        assertEquals(T0.plusSeconds(2), s.retryAt());
        Instant at = T0.plusSeconds(2);
        for (int i = 0; i < 10; i++) {
            s.failed("UNAVAILABLE: io exception", at, INITIAL, MAX);
            assertTrue(Duration.between(at, s.retryAt()).compareTo(MAX) <= 0, "never waits longer than the cap");
            at = s.retryAt();
        }
        assertTrue(s.waiting(at.minusMillis(1)));
        assertFalse(s.waiting(at));
    }

    @Test
    void aBatchThatSucceedsClearsTheLastErrorAndSaysWhenItRecovered() {
        MirrorState s = new MirrorState();
        s.mirrored(10, T0);
        assertNull(s.recoveredAt(), "no failure, nothing to recover from");
        s.failed("UNAVAILABLE: io exception", T0.plusSeconds(1), INITIAL, MAX);
        assertEquals("UNAVAILABLE: io exception", s.lastError());
        s.mirrored(500, T0.plusSeconds(3));
        assertNull(s.lastError());
        assertNull(s.lastErrorAt());
        assertNull(s.retryAt());
        assertEquals(T0.plusSeconds(3), s.recoveredAt());
        assertEquals(1, s.failures(), "the failure still counts");
        assertEquals(510, s.mirroredEntries());
    }
}
