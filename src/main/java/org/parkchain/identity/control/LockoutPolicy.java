package org.parkchain.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many wrong passwords in a row lock an account, and for how long
 * ({@code parkchain.security.lockout.max-attempts}, {@code parkchain.security.lockout.duration} as ISO-8601).
 */
@ApplicationScoped
public class LockoutPolicy {
    @Inject
    @ConfigProperty(name = "parkchain.security.lockout.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "parkchain.security.lockout.duration", defaultValue = "PT15M")
    String duration;

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    public Duration lockDuration() {
        return Duration.parse(duration);
    }
}
