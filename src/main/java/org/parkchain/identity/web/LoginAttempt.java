package org.parkchain.identity.web;

import jakarta.enterprise.context.RequestScoped;
import org.parkchain.identity.entity.LoginOutcome;

/** Why this request's login attempt failed, for the login page's message (Jakarta Security only says "invalid"). */
@RequestScoped
public class LoginAttempt {
    private LoginOutcome outcome;

    public void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome == null ? LoginOutcome.INVALID_CREDENTIALS : outcome;
    }
}
