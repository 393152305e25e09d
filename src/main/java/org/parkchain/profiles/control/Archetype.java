package org.parkchain.profiles.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.SplittableRandom;
import org.parkchain.tariffs.control.CatalogTariff;

/**
 * Typical load shapes of small and micro users, for residents without meter data: an hourly shape for workdays and
 * one for weekends and holidays, a seasonal factor per month (air conditioning in summer, heating in winter, the
 * Spring Festival lull) and the day-to-day spread such users show. {@link #series} lays the shape over a calendar year
 * with that spread (fixed by a seed, so the same inputs give the same profile) and scales it to the annual energy.
 */
public enum Archetype {
    /** Retail: open 09:00–21:00 every day, evenings busiest; weekends a little busier. */
    SHOP(hours(0.20, 9, 21, 1.0, 18, 21, 1.25), hours(0.20, 9, 21, 1.1, 18, 21, 1.3),
            new double[] {1.10, 1.0, 0.95, 0.9, 1.0, 1.15, 1.30, 1.30, 1.10, 0.95, 0.95, 1.05}, 0.10),
    /** Offices: 08:00–18:00 on workdays, standby at night and at weekends. */
    OFFICE(hours(0.15, 8, 18, 1.0, 10, 12, 1.1), hours(0.15, 0, 0, 0, 0, 0, 0),
            new double[] {1.15, 0.85, 1.0, 0.95, 1.0, 1.15, 1.35, 1.35, 1.10, 0.95, 1.0, 1.10}, 0.08),
    /** Light manufacturing: two shifts 07:00–23:00 on workdays, maintenance load at weekends. */
    WORKSHOP(hours(0.30, 7, 23, 1.0, 8, 12, 1.05), hours(0.35, 8, 17, 0.5, 0, 0, 0),
            new double[] {1.0, 0.70, 1.0, 1.0, 1.0, 1.05, 1.10, 1.10, 1.05, 1.0, 1.0, 1.0}, 0.15),
    /** Cold storage: compressors around the clock, more in the day (doors, deliveries) and in summer. */
    COLD_STORE(hours(0.90, 7, 19, 1.15, 0, 0, 0), hours(0.90, 7, 19, 1.05, 0, 0, 0),
            new double[] {0.85, 0.85, 0.90, 0.95, 1.05, 1.20, 1.35, 1.35, 1.20, 1.0, 0.90, 0.85}, 0.05);

    private final double[] workday;
    private final double[] holiday;
    private final double[] season;
    private final double spread;

    Archetype(double[] workday, double[] holiday, double[] season, double spread) {
        this.workday = workday;
        this.holiday = holiday;
        this.season = season;
        this.spread = spread;
    }

    public double spread() {
        return spread;
    }

    /** An hourly year of this archetype, totalling {@code annualKwh}, on the tariff's calendar of holidays. */
    public LoadSeries series(Year year, double annualKwh, CatalogTariff tariff) {
        LocalDate day = year.atDay(1);
        int days = year.length();
        double[] kWh = new double[days * 24];
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + ordinal());
        double sum = 0;
        for (int d = 0; d < days; d++, day = day.plusDays(1)) {
            double[] shape = tariff.holiday(day) ? holiday : workday;
            double factor = season[day.getMonthValue() - 1] * Math.max(0.2, 1 + spread * gaussian(random));
            for (int h = 0; h < 24; h++) {
                kWh[d * 24 + h] = shape[h] * factor;
                sum += kWh[d * 24 + h];
            }
        }
        for (int i = 0; i < kWh.length; i++) {
            kWh[i] = kWh[i] * annualKwh / sum;
        }
        return new LoadSeries(LocalDateTime.of(year.getValue(), 1, 1, 0, 0), 60, kWh);
    }

    /** A base level all day, {@code level} in [from, to) and {@code peak} in [peakFrom, peakTo). */
    private static double[] hours(double base, int from, int to, double level, int peakFrom, int peakTo,
                                  double peak) {
        double[] h = new double[24];
        for (int i = 0; i < 24; i++) {
            h[i] = i >= peakFrom && i < peakTo ? peak : i >= from && i < to ? level : base;
        }
        return h;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
