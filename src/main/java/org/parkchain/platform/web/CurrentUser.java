package org.parkchain.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;

/** The logged-in user of this request and its participant, loaded once per request. */
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    Participants participants;

    private UserAccount account;
    private Participant participant;

    public Optional<String> username() {
        Principal principal = security.getCallerPrincipal();
        return Optional.ofNullable(principal).map(Principal::getName);
    }

    public boolean loggedIn() {
        return username().isPresent();
    }

    /** The account of the logged-in user; only call this on protected pages and endpoints. */
    public UserAccount account() {
        if (account == null) {
            account = username().flatMap(accounts::findByUsername)
                    .orElseThrow(() -> new BusinessException("error.api.unauthenticated"));
        }
        return account;
    }

    public Participant participant() {
        if (participant == null) {
            participant = participants.get(account().participantId());
        }
        return participant;
    }
}
