package org.parkchain.profiles.control;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * A user's energy by calendar month and time-of-use period (the inputs every plan's bill depends on), and the spread
 * of its days around their month's level, which drives the risk scenarios.
 *
 * @param firstMonth the first calendar month covered
 * @param kWh        {@code kWh[m][p]}: energy in month {@code firstMonth + m} and period {@code TouPeriod.values()[p]}
 * @param volatility coefficient of variation of daily energy around the mean of the same month and day type
 *                   (workday or weekend/holiday); 0 for a profile without daily detail
 */
public record UsageProfile(YearMonth firstMonth, double[][] kWh, double volatility) {
    static final int MINUTES_PER_DAY = 24 * 60;

    public UsageProfile {
        kWh = Arrays.stream(kWh).map(double[]::clone).toArray(double[][]::new);
    }

    public int months() {
        return kWh.length;
    }

    public Month month(int m) {
        return firstMonth.plusMonths(m).getMonth();
    }

    public double monthTotal(int m) {
        double sum = 0;
        for (double v : kWh[m]) {
            sum += v;
        }
        return sum;
    }

    public double total() {
        double sum = 0;
        for (int m = 0; m < kWh.length; m++) {
            sum += monthTotal(m);
        }
        return sum;
    }

    /**
     * Sums readings by month and period. An hourly reading is spread evenly over its four quarter hours, so a period
     * edge inside the hour is honoured; a reading belongs to the month its interval starts in.
     */
    public static UsageProfile of(LoadSeries series, CatalogTariff tariff) {
        YearMonth first = YearMonth.from(series.start());
        YearMonth last = YearMonth.from(series.end().minusMinutes(1));
        int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
        double[][] kWh = new double[months][TouPeriod.ALL.length];
        Map<LocalDate, Double> daily = new HashMap<>();
        int step = series.stepMinutes();
        int quarters = step / CatalogTariff.SLOT_MINUTES;
        int startMinute = series.start().getHour() * 60 + series.start().getMinute();
        LocalDate startDay = series.start().toLocalDate();
        int dayOffset = -1;
        TouPeriod[] schedule = null;
        int m = 0;
        double dayTotal = 0;
        LocalDate day = null;
        for (int i = 0; i < series.size(); i++) {
            int minute = startMinute + i * step;
            if (minute / MINUTES_PER_DAY != dayOffset) {
                if (day != null) {
                    daily.put(day, dayTotal);
                }
                dayOffset = minute / MINUTES_PER_DAY;
                day = startDay.plusDays(dayOffset);
                schedule = tariff.schedule(day);
                m = (int) first.until(YearMonth.from(day), ChronoUnit.MONTHS);
                dayTotal = 0;
            }
            double reading = series.kWh()[i];
            double share = reading / quarters;
            int slot = (minute % MINUTES_PER_DAY) / CatalogTariff.SLOT_MINUTES;
            for (int q = 0; q < quarters; q++) {
                kWh[m][schedule[slot + q].ordinal()] += share;
            }
            dayTotal += reading;
        }
        if (day != null) {
            daily.put(day, dayTotal);
        }
        return new UsageProfile(first, kWh, volatility(daily, tariff));
    }

    /** Spread of daily energy around the mean of days of the same month and day type. */
    static double volatility(Map<LocalDate, Double> daily, CatalogTariff tariff) {
        Map<String, double[]> groups = new HashMap<>();
        daily.forEach((day, kWh) -> {
            double[] g = groups.computeIfAbsent(YearMonth.from(day) + (tariff.holiday(day) ? "H" : "W"),
                    k -> new double[3]);
            g[0]++;
            g[1] += kWh;
        });
        double squares = 0;
        int n = 0;
        for (Map.Entry<LocalDate, Double> e : daily.entrySet()) {
            double[] g = groups.get(YearMonth.from(e.getKey()) + (tariff.holiday(e.getKey()) ? "H" : "W"));
            double mean = g[1] / g[0];
            if (g[0] > 1 && mean > 0) {
                double r = e.getValue() / mean - 1;
                squares += r * r;
                n++;
            }
        }
        return n < 2 ? 0 : Math.sqrt(squares / (n - 1));
    }
}
