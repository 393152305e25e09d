package org.parkchain.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The park's local calendar: tariffs, meter readings, agreement dates and bills are in the park's time zone
 * ({@code parkchain.timezone}, default Asia/Shanghai), whatever the server's zone is.
 */
@ApplicationScoped
public class ParkCalendar {
    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parkchain.timezone", defaultValue = "Asia/Shanghai")
    String zone;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone()));
    }
}
