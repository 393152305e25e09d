package org.parkchain.trading.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The kinds of day a bilateral volume profile distinguishes. A day is a holiday when the catalog tariff lists it (a
 * holiday on a weekday or at a weekend is a holiday), otherwise a weekend day on Saturday and Sunday, otherwise a
 * weekday.
 */
public enum DayType {
    WEEKDAY, WEEKEND, HOLIDAY;

    public static final DayType[] ALL = values();

    public static DayType of(LocalDate day, Set<LocalDate> holidays) {
        if (holidays.contains(day)) {
            return HOLIDAY;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? WEEKEND : WEEKDAY;
    }

    /** The message key of the day type's name ({@code trading.dayType.WEEKDAY}). */
    public String messageKey() {
        return "trading.dayType." + name();
    }
}
