package org.parkchain.profiles.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.Tariffs;

/** Aggregation by month and period: period edges inside an hour, month boundaries, weekends, holidays, seasons. */
class UsageProfileTest {
    static final CatalogTariff CATALOG = Tariffs.park();
    static final double EPS = 1e-12;

    @Test
    void anHourlyReadingIsSplitAtAPeriodEdgeInsideTheHour() {
        // Tuesday 2026-03-10, 10:00–11:00: 10:00 and 10:15 are flat, 10:30 and 10:45 peak
        UsageProfile p = UsageProfile.of(new LoadSeries(LocalDateTime.of(2026, 3, 10, 10, 0), 60,
                new double[] {4.0}), CATALOG);
        assertArrayEquals(new double[] {0, 2, 2, 0}, p.kWh()[0], EPS);
    }

    @Test
    void quarterHourReadingsTakeThePeriodOfTheirOwnStart() {
        // Wednesday 2026-08-12 (summer): 10:15 flat; 10:30, 10:45, 11:00, 11:15 sharp; 11:30 peak
        LoadSeries s = new LoadSeries(LocalDateTime.of(2026, 8, 12, 10, 15), 15, new double[] {1, 2, 0, 4, 8, 16});
        assertArrayEquals(new double[] {2 + 0 + 4 + 8, 16, 1, 0}, UsageProfile.of(s, CATALOG).kWh()[0], EPS);
    }

    @Test
    void aReadingBelongsToTheMonthItStartsIn() {
        // Saturday 2026-01-31 23:00 (weekend, flat) and Sunday 2026-02-01 00:00 (weekend, valley)
        LoadSeries s = new LoadSeries(LocalDateTime.of(2026, 1, 31, 23, 0), 60, new double[] {3, 5});
        UsageProfile p = UsageProfile.of(s, CATALOG);
        assertEquals(YearMonth.of(2026, 1), p.firstMonth());
        assertEquals(2, p.months());
        assertArrayEquals(new double[] {0, 0, 3, 0}, p.kWh()[0], EPS);
        assertArrayEquals(new double[] {0, 0, 0, 5}, p.kWh()[1], EPS);
    }

    @Test
    void weekendsAndHolidaysUseTheHolidaySchedule() {
        // 11:00 on Thursday 2026-10-01 (a holiday) is flat, on Friday 2026-10-02 peak, on Saturday 10-03 flat
        LoadSeries s = new LoadSeries(LocalDateTime.of(2026, 10, 1, 11, 0), 60, hoursWithLoadAt11(3));
        assertArrayEquals(new double[] {0, 1, 2, 0}, UsageProfile.of(s, CATALOG).kWh()[0], EPS);
    }

    @Test
    void volatilityIsTheSpreadOfDaysAroundTheirMonthAndDayType() {
        // four workdays Mon 2026-03-02 .. Thu 03-05 with 10, 12, 8, 10 kWh: mean 10, deviations 0, .2, −.2, 0
        double[] hours = new double[4 * 24];
        double[] days = {10, 12, 8, 10};
        for (int d = 0; d < 4; d++) {
            hours[d * 24 + 12] = days[d];
        }
        UsageProfile p = UsageProfile.of(new LoadSeries(LocalDateTime.of(2026, 3, 2, 0, 0), 60, hours), CATALOG);
        assertEquals(Math.sqrt((0.04 + 0.04) / 3), p.volatility(), EPS);
    }

    private static double[] hoursWithLoadAt11(int days) {
        double[] v = new double[(days - 1) * 24 + 1];
        for (int d = 0; d < days; d++) {
            v[d * 24] = 1;
        }
        return v;
    }
}
