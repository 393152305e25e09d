package org.parkchain.identity.entity;

import java.util.Set;

/** The outcome of a login attempt and, on success, who logged in with which roles. */
public record LoginResult(LoginOutcome outcome, String username, Set<String> groups) {
    public static LoginResult failed(LoginOutcome outcome) {
        return new LoginResult(outcome, null, Set.of());
    }

    public static LoginResult success(UserAccount account) {
        return new LoginResult(LoginOutcome.SUCCESS, account.getUsername(), Set.of(account.getRole().name()));
    }

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
