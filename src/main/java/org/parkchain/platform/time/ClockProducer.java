package org.parkchain.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application, so that time-dependent rules can be tested. */
@ApplicationScoped
public class ClockProducer {
    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
