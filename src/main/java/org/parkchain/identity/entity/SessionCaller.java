package org.parkchain.identity.entity;

/** A logged-in session's caller as last checked: its account and that account's participant. */
public record SessionCaller(UserAccount account, Participant participant) {
}
