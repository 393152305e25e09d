package org.parkchain.identity.entity;

/** What a login attempt came to. Only {@link #SUCCESS} logs the user in. */
public enum LoginOutcome {
    SUCCESS,
    INVALID_CREDENTIALS,
    LOCKED,
    DISABLED
}
