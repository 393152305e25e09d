package org.parkchain.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the application, so that time-dependent rules can be tested. It ticks in microseconds, the
 * precision PostgreSQL keeps, so an instant read back from the database equals the one written (audit hashes rely
 * on it).
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
