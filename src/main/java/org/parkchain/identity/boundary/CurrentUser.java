package org.parkchain.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;

/**
 * The logged-in user of this request and its participant, loaded once per request (both come from the
 * authentication mechanism, which loads them anyway to check that the session's user may still log in).
 */
@RequestScoped
public class CurrentUser {
    /** Request attribute under which the authentication mechanism leaves the caller's account. */
    public static final String ACCOUNT_ATTRIBUTE = "parkchain.account";
    /** Request attribute under which the authentication mechanism leaves the caller's participant. */
    public static final String PARTICIPANT_ATTRIBUTE = "parkchain.participant";

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext security;

    /**
     * Looked up only when the authentication mechanism left nothing in the request (e.g. a REST call with HTTP
     * Basic): a reference to a session bean is made anew for every injection, and this bean is made for every request.
     */
    @Inject
    Instance<Accounts> accounts;

    @Inject
    Instance<Participants> participants;

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
        if (account == null && request.getAttribute(ACCOUNT_ATTRIBUTE) instanceof UserAccount loaded
                && username().filter(loaded.getUsername()::equals).isPresent()) {
            account = loaded;
        }
        if (account == null) {
            account = username().flatMap(accounts.get()::findByUsername)
                    .orElseThrow(() -> new BusinessException("error.api.unauthenticated"));
        }
        return account;
    }

    /** The logged-in user's name; only call this on protected pages and endpoints. */
    public String name() {
        return account().getUsername();
    }

    /** The logged-in user's participant id; only call this on protected pages and endpoints. */
    public ParticipantId participantId() {
        return account().participantId();
    }

    public Participant participant() {
        if (participant == null && request.getAttribute(PARTICIPANT_ATTRIBUTE) instanceof Participant loaded
                && loaded.participantId().equals(account().participantId())) {
            participant = loaded;
        }
        if (participant == null) {
            participant = participants.get().get(account().participantId());
        }
        return participant;
    }
}
