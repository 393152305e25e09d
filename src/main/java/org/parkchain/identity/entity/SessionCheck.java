package org.parkchain.identity.entity;

import java.time.Duration;

/**
 * A logged-in session's last check of its account and participant: what it found, at which version of this node's
 * account and participant changes, and when ({@link System#nanoTime()}). Business rule: the check holds for the same
 * user until the re-check period has passed or an account or participant change has committed on this node since.
 */
public record SessionCheck(SessionCaller caller, long version, long checkedAt) {
    public boolean stillValid(String username, long currentVersion, long now, Duration recheck) {
        return caller.account().getUsername().equals(username) && version == currentVersion
                && now - checkedAt < recheck.toNanos();
    }
}
