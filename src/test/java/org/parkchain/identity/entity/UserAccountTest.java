package org.parkchain.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UserAccountTest {
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final Duration LOCK = Duration.ofMinutes(15);

    static UserAccount account() {
        return new UserAccount("resident01", "Wang Fang", "hash", Role.RESIDENT, ParticipantId.of(1), "en", T0);
    }

    @Test
    void locksOnTheFifthWrongPasswordAndUnlocksWhenTheLockExpires() {
        UserAccount a = account();
        for (int i = 1; i <= 4; i++) {
            assertFalse(a.recordFailedLogin(T0.plusSeconds(i), 5, LOCK), "failure " + i);
            assertFalse(a.isLockedAt(T0.plusSeconds(i)));
        }
        assertTrue(a.recordFailedLogin(T0.plusSeconds(5), 5, LOCK));
        assertTrue(a.isLockedAt(T0.plusSeconds(5)));
        assertTrue(a.isLockedAt(T0.plusSeconds(5).plus(LOCK).minusMillis(1)), "still locked just before expiry");
        assertFalse(a.isLockedAt(T0.plusSeconds(5).plus(LOCK)), "unlocked exactly at expiry");
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount a = account();
        a.recordFailedLogin(T0, 3, LOCK);
        a.recordFailedLogin(T0, 3, LOCK);
        a.recordSuccessfulLogin(T0.plusSeconds(1));
        assertEquals(0, a.getFailedAttempts());
        assertFalse(a.recordFailedLogin(T0.plusSeconds(2), 3, LOCK), "counting starts again");
        assertEquals(T0.plusSeconds(1), a.getLastLoginAt());
    }

    @Test
    void aPasswordResetLiftsTheLock() {
        UserAccount a = account();
        a.recordFailedLogin(T0, 1, LOCK);
        assertTrue(a.isLockedAt(T0));
        a.resetPassword("new-hash");
        assertFalse(a.isLockedAt(T0));
        assertEquals("new-hash", a.getPasswordHash());
    }

    @Property
    void lockedExactlyWhenFailuresReachTheLimit(@ForAll @IntRange(min = 1, max = 10) int maxAttempts,
                                                @ForAll @IntRange(min = 0, max = 10) int failures) {
        UserAccount a = account();
        boolean locked = false;
        for (int i = 0; i < failures && !locked; i++) {
            locked = a.recordFailedLogin(T0, maxAttempts, LOCK);
        }
        assertEquals(failures >= maxAttempts, a.isLockedAt(T0));
    }

    /** A stored participant (the database gives the id). */
    static Participant participant(long id, boolean active) throws ReflectiveOperationException {
        Participant p = new Participant(ParticipantType.RESIDENT, "Noodles", "面馆", "92320594MA1142542U", null, null,
                T0);
        java.lang.reflect.Field field = Participant.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(p, id);
        if (!active) {
            p.deactivate();
        }
        return p;
    }

    @Test
    void aSessionMayGoOnOnlyWhileTheAccountIsEnabledAndItsOwnParticipantActive() throws Exception {
        UserAccount a = account();
        assertTrue(a.mayUseWith(participant(1, true)));
        assertFalse(a.mayUseWith(participant(1, false)), "participant deactivated");
        assertFalse(a.mayUseWith(participant(2, true)), "another participant");
        assertFalse(a.mayUseWith(null), "participant gone");
        a.disable();
        assertFalse(a.mayUseWith(participant(1, true)), "account disabled");
        a.enable();
        assertTrue(a.mayUseWith(participant(1, true)));
    }
}
