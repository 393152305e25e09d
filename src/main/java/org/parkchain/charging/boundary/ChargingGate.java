package org.parkchain.charging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.charging.control.GateClosure;
import org.parkchain.platform.time.ParkCalendar;

/**
 * The park's gate closure for charging requirements ({@code parkchain.charging.gate-closure}, {@code HH:mm} park time
 * on the day before, default 18:00) and the park clock it is read against.
 */
@ApplicationScoped
public class ChargingGate {
    @Inject
    ParkCalendar calendar;

    @Inject
    @ConfigProperty(name = "parkchain.charging.gate-closure", defaultValue = "18:00")
    String closure;

    public GateClosure gate() {
        return GateClosure.parse(closure);
    }

    public LocalDateTime now() {
        return calendar.now();
    }

    /** The next day whose requirements are still open. */
    public LocalDate nextOpenDay() {
        return gate().nextOpenDay(now());
    }

    /** The latest day whose gate has closed (tomorrow once today's closing time has passed). */
    public LocalDate lastClosedDay() {
        return gate().lastClosedDay(now());
    }

    public boolean isOpen(LocalDate day) {
        return gate().isOpen(day, now());
    }

    /** The instant a day's first slot starts: midnight, park time. */
    public Instant dayStart(LocalDate day) {
        return day.atStartOfDay(calendar.zone()).toInstant();
    }
}
