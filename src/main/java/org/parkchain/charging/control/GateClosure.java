package org.parkchain.charging.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * When a day's charging requirements close: at {@code time} (park time) on the day before. Until then stations may
 * submit and edit them; at gate closure the day's rights are allocated. Requirements are taken at most
 * {@value #DAYS_AHEAD} days ahead.
 */
public record GateClosure(LocalTime time) {
    public static final int DAYS_AHEAD = 7;

    /** From the configuration value ({@code HH:mm}); a value that is not a time is a deployment error. */
    public static GateClosure parse(String value) {
        try {
            return new GateClosure(LocalTime.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("parkchain.charging.gate-closure must be HH:mm, not " + value, e);
        }
    }

    /** The moment the gate of {@code day} closes, park time. */
    public LocalDateTime closesAt(LocalDate day) {
        return day.minusDays(1).atTime(time);
    }

    /** Whether requirements for {@code day} may still be submitted or changed at {@code now} (park time). */
    public boolean isOpen(LocalDate day, LocalDateTime now) {
        return now.isBefore(closesAt(day)) && !day.isAfter(now.toLocalDate().plusDays(DAYS_AHEAD));
    }

    /** The first day whose gate is still open at {@code now}: tomorrow before the closing time, else the day after. */
    public LocalDate nextOpenDay(LocalDateTime now) {
        LocalDate tomorrow = now.toLocalDate().plusDays(1);
        return isOpen(tomorrow, now) ? tomorrow : tomorrow.plusDays(1);
    }

    /** The latest day whose gate has closed at {@code now}: the day whose rights are due (tomorrow after closing). */
    public LocalDate lastClosedDay(LocalDateTime now) {
        return nextOpenDay(now).minusDays(1);
    }
}
