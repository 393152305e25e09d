package org.parkchain.access.control;

import java.util.List;
import java.util.Optional;

/**
 * Whether a public key may be certified for an applicant. Rules: a key that was ever certified to another
 * participant is refused (one key, one holder); a key whose certificate was revoked for key compromise (RFC 5280
 * reason 1) is refused for everybody, its former holder included, because its private key is known to someone else.
 * Checked when a participant applies and again when the regulator approves.
 */
public final class KeyReuse {
    /** RFC 5280 CRLReason keyCompromise. */
    public static final int KEY_COMPROMISE = 1;

    /** Why a key is refused. */
    public enum Problem { KEY_COMPROMISED, KEY_OF_ANOTHER }

    /** An earlier certificate or application for the same key: its participant and, if revoked, the reason. */
    public record PriorUse(long participantId, Integer revocationReason) {
    }

    private KeyReuse() {
    }

    public static Optional<Problem> check(long applicant, List<PriorUse> uses) {
        if (uses.stream().anyMatch(u -> u.revocationReason() != null && u.revocationReason() == KEY_COMPROMISE)) {
            return Optional.of(Problem.KEY_COMPROMISED);
        }
        if (uses.stream().anyMatch(u -> u.participantId() != applicant)) {
            return Optional.of(Problem.KEY_OF_ANOTHER);
        }
        return Optional.empty();
    }
}
