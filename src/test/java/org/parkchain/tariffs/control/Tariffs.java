package org.parkchain.tariffs.control;

import static org.parkchain.tariffs.control.TouPeriod.FLAT;
import static org.parkchain.tariffs.control.TouPeriod.PEAK;
import static org.parkchain.tariffs.control.TouPeriod.SHARP;
import static org.parkchain.tariffs.control.TouPeriod.VALLEY;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small catalog tariff for hand-worked cases. */
public final class Tariffs {
    private Tariffs() {
    }

    /**
     * Summer (July to September): workdays 00:00–08:00 valley, 08:00–10:30 flat, 10:30–11:30 sharp, 11:30–17:00
     * peak, 17:00–24:00 flat; prices sharp 1.10, peak 0.90, flat 0.60, valley 0.30.
     * Other months: workdays 00:00–08:00 valley, 08:00–10:30 flat, 10:30–17:00 peak, 17:00–24:00 flat; prices peak
     * 0.85, flat 0.58, valley 0.28. Weekends and holidays: valley before 08:00, flat after, all year.
     * Holiday: 2026-10-01 (a Thursday).
     */
    public static CatalogTariff park() {
        TouPeriod[] summer = new TouPeriod[96];
        TouPeriod[] other = new TouPeriod[96];
        TouPeriod[] holiday = new TouPeriod[96];
        for (int q = 0; q < 96; q++) {
            int minute = q * 15;
            holiday[q] = minute < 8 * 60 ? VALLEY : FLAT;
            other[q] = minute < 8 * 60 ? VALLEY : minute < 10 * 60 + 30 ? FLAT : minute < 17 * 60 ? PEAK : FLAT;
            summer[q] = minute >= 10 * 60 + 30 && minute < 11 * 60 + 30 ? SHARP : other[q];
        }
        return new CatalogTariff(List.of(
                new CatalogTariff.Season("SUMMER", EnumSet.of(Month.JULY, Month.AUGUST, Month.SEPTEMBER), summer,
                        holiday, Map.of(SHARP, 1.10, PEAK, 0.90, FLAT, 0.60, VALLEY, 0.30)),
                new CatalogTariff.Season("OTHER", EnumSet.complementOf(EnumSet.of(Month.JULY, Month.AUGUST,
                        Month.SEPTEMBER)), other, holiday, Map.of(PEAK, 0.85, FLAT, 0.58, VALLEY, 0.28))),
                Set.of(LocalDate.of(2026, 10, 1)));
    }
}
