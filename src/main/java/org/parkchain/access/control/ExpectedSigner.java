package org.parkchain.access.control;

import java.util.Set;

/**
 * Who may sign an action: the caller's own participant, in one of the roles the action allows. A certificate of
 * any other participant is refused, however valid it is, so nobody can act with another participant's certificate
 * and signature.
 */
public record ExpectedSigner(long participantId, Set<String> roles) {
    public ExpectedSigner {
        roles = Set.copyOf(roles);
    }
}
