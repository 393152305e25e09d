package org.parkchain.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parkchain.access.control.KeyReuse.PriorUse;
import org.parkchain.access.control.KeyReuse.Problem;

class KeyReuseTest {
    @Test
    void aNewKeyOrTheApplicantsOwnGoodKeyMayBeCertified() {
        assertTrue(KeyReuse.check(7, List.of()).isEmpty());
        assertTrue(KeyReuse.check(7, List.of(new PriorUse(7, null), new PriorUse(7, 4))).isEmpty(),
                "renewing with the same key, or after a revocation for another reason (superseded)");
    }

    @Test
    void refusesAKeyCertifiedToAnotherParticipant() {
        assertEquals(Optional.of(Problem.KEY_OF_ANOTHER), KeyReuse.check(7, List.of(new PriorUse(8, null))));
        assertEquals(Optional.of(Problem.KEY_OF_ANOTHER), KeyReuse.check(7, List.of(new PriorUse(8, 4))),
                "even after the other's certificate was revoked for another reason");
    }

    @Test
    void refusesAKeyRevokedForCompromiseToEverybodyItsHolderIncluded() {
        assertEquals(Optional.of(Problem.KEY_COMPROMISED), KeyReuse.check(8, List.of(new PriorUse(7, 1))));
        assertEquals(Optional.of(Problem.KEY_COMPROMISED), KeyReuse.check(7, List.of(new PriorUse(7, 1))));
    }
}
