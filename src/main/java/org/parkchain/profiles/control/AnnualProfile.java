package org.parkchain.profiles.control;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * Brings every profile to the twelve calendar months of one year, so that plans are compared on a year's cost.
 * Meter readings are folded by calendar month (a year that starts in March fills March to February); a month the
 * readings only partly cover is extrapolated from its own average day, and a month they do not cover at all gets the
 * average day of the covered months, per period. A typed-in year is split into periods with an archetype's shape.
 *
 * @param measuredDays days of real readings behind the profile (0 when it was typed in or chosen)
 */
public record AnnualProfile(UsageProfile profile, double measuredDays, boolean[] estimated) {

    public static AnnualProfile of(LoadSeries series, CatalogTariff tariff, Year year) {
        UsageProfile raw = UsageProfile.of(series, tariff);
        double[][] kWh = new double[12][TouPeriod.ALL.length];
        double[] days = new double[12];
        for (int m = 0; m < raw.months(); m++) {
            int calendar = raw.month(m).ordinal();
            for (int p = 0; p < TouPeriod.ALL.length; p++) {
                kWh[calendar][p] += raw.kWh()[m][p];
            }
        }
        for (int i = 0; i < series.size(); i++) {
            LocalDateTime t = series.time(i);
            days[t.getMonthValue() - 1] += series.stepMinutes() / 1440.0;
        }
        double[] perDay = new double[TouPeriod.ALL.length];
        double coveredDays = 0;
        for (int c = 0; c < 12; c++) {
            coveredDays += days[c];
            for (int p = 0; p < TouPeriod.ALL.length; p++) {
                perDay[p] += kWh[c][p];
            }
        }
        boolean[] estimated = new boolean[12];
        for (int c = 0; c < 12; c++) {
            int length = YearMonth.of(year.getValue(), c + 1).lengthOfMonth();
            double full = Math.min(days[c], length);
            estimated[c] = full < length - 1e-9;
            for (int p = 0; p < TouPeriod.ALL.length; p++) {
                kWh[c][p] = full > 0 ? kWh[c][p] * length / full : perDay[p] / coveredDays * length;
            }
        }
        return new AnnualProfile(new UsageProfile(YearMonth.of(year.getValue(), 1), kWh, raw.volatility()),
                coveredDays, estimated);
    }

    /** The archetype's year scaled to {@code annualKwh}. */
    public static AnnualProfile of(Archetype archetype, double annualKwh, CatalogTariff tariff, Year year) {
        UsageProfile p = UsageProfile.of(archetype.series(year, annualKwh, tariff), tariff);
        return new AnnualProfile(p, 0, all(true));
    }

    /**
     * Typed-in monthly energy (January first), split into periods as the archetype splits each month; the
     * archetype's typical spread stands in for the volatility the user cannot give.
     */
    public static AnnualProfile of(double[] monthlyKwh, Archetype pattern, CatalogTariff tariff, Year year) {
        if (monthlyKwh.length != 12) {
            throw new IllegalArgumentException("twelve months");
        }
        UsageProfile shape = UsageProfile.of(pattern.series(year, 12_000, tariff), tariff);
        double[][] kWh = new double[12][TouPeriod.ALL.length];
        for (int m = 0; m < 12; m++) {
            double total = shape.monthTotal(m);
            for (int p = 0; p < TouPeriod.ALL.length; p++) {
                kWh[m][p] = total == 0 ? 0 : monthlyKwh[m] * shape.kWh()[m][p] / total;
            }
        }
        return new AnnualProfile(new UsageProfile(YearMonth.of(year.getValue(), 1), kWh, pattern.spread()), 0,
                all(false));
    }

    public Month month(int m) {
        return profile.month(m);
    }

    private static boolean[] all(boolean value) {
        boolean[] b = new boolean[12];
        java.util.Arrays.fill(b, value);
        return b;
    }
}
