package org.parkchain.trading.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.plans.control.Deviation;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * A bilateral contract's monthly settlement (DOMAIN.md §2). Per day type and time-of-use period of the catalog tariff
 * (the cell): the contracted energy Q is the profile's kW over the cell's quarter hours of the delivery days in the
 * month, times ¼ h; the delivered energy D is the metered kWh of the same quarter hours. Each cell is settled on its
 * own with the retail plans' deviation rule ({@link Deviation}): the buyer pays the contract price for
 * {@code min(D, Q(1+a))}, plus {@code π_over} per kWh above {@code Q(1+a)} and {@code π_under} per kWh short of
 * {@code Q(1−a)}. Energies are counted to the Wh (so a delivery exactly at a band edge is inside the band); amounts
 * are rounded to the fen per line; the month's amount due is the sum of the rounded lines.
 */
public final class Settlement {
    private static final double QUARTER_HOUR = 0.25;

    private Settlement() {
    }

    /** One cell of the statement. */
    public record Line(DayType dayType, TouPeriod period, int days, double contractedKwh, double deliveredKwh,
                       double lowerKwh, double upperKwh, double overKwh, double underKwh, double price,
                       BigDecimal energyAmount, BigDecimal overPenalty, BigDecimal underPenalty) {
        public BigDecimal amount() {
            return energyAmount.add(overPenalty).add(underPenalty);
        }

        /** Delivered minus contracted, kWh. */
        public double deviationKwh() {
            return deliveredKwh - contractedKwh;
        }

        public boolean withinBand() {
            return overKwh == 0 && underKwh == 0;
        }

        /** The energy priced at the contract price: min(D, Q(1+a)). */
        public double pricedKwh() {
            return Math.min(deliveredKwh, upperKwh);
        }
    }

    /** The month's statement figures. */
    public record Result(YearMonth month, List<Line> lines, double contractedKwh, double deliveredKwh,
                         BigDecimal energyAmount, BigDecimal penalties, BigDecimal amountDue) {
    }

    /**
     * @param delivered kWh per quarter hour of the whole month, from the first quarter hour of its first day
     *                  ({@code days × 96} values); quarter hours outside the delivery period are ignored
     */
    public static Result settle(ContractTerms terms, YearMonth month, CatalogTariff catalog, double[] delivered) {
        int days = month.lengthOfMonth();
        if (delivered.length != days * ContractTerms.SLOTS_PER_DAY) {
            throw new IllegalArgumentException("a month of " + days + " days has " + days * 96 + " quarter hours");
        }
        int cells = DayType.ALL.length * TouPeriod.ALL.length;
        double[] q = new double[cells];
        double[] d = new double[cells];
        int[] dayCount = new int[cells];
        for (int day = 0; day < days; day++) {
            LocalDate date = month.atDay(day + 1);
            if (date.isBefore(terms.start()) || date.isAfter(terms.end())) {
                continue;
            }
            DayType type = DayType.of(date, catalog.holidays());
            TouPeriod[] schedule = catalog.schedule(date);
            double[] kw = terms.values(type);
            int perValue = ContractTerms.SLOTS_PER_DAY / kw.length;
            boolean[] seen = new boolean[TouPeriod.ALL.length];
            int base = day * ContractTerms.SLOTS_PER_DAY;
            for (int slot = 0; slot < ContractTerms.SLOTS_PER_DAY; slot++) {
                int period = schedule[slot].ordinal();
                int cell = type.ordinal() * TouPeriod.ALL.length + period;
                q[cell] += kw[slot / perValue] * QUARTER_HOUR;
                d[cell] += delivered[base + slot];
                if (!seen[period]) {
                    seen[period] = true;
                    dayCount[cell]++;
                }
            }
        }
        return result(terms, month, q, d, dayCount);
    }

    private static Result result(ContractTerms terms, YearMonth month, double[] q, double[] d, int[] dayCount) {
        List<Line> lines = new ArrayList<>();
        double totalQ = 0;
        double totalD = 0;
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal penalties = BigDecimal.ZERO;
        for (DayType type : DayType.ALL) {
            for (TouPeriod period : TouPeriod.ALL) {
                int cell = type.ordinal() * TouPeriod.ALL.length + period.ordinal();
                if (dayCount[cell] == 0) {
                    continue;
                }
                double contracted = wh(q[cell]);
                double actual = wh(d[cell]);
                Deviation dev = new Deviation(contracted, terms.band(), terms.overPenalty(), terms.underPenalty());
                double upper = wh(dev.upper());
                double over = wh(dev.over(actual));
                double under = wh(dev.under(actual));
                double price = terms.price(period);
                Line line = new Line(type, period, dayCount[cell], contracted, actual, wh(dev.lower()), upper, over,
                        under, price, yuan(price * Math.min(actual, upper)), yuan(terms.overPenalty() * over),
                        yuan(terms.underPenalty() * under));
                lines.add(line);
                totalQ += contracted;
                totalD += actual;
                energy = energy.add(line.energyAmount());
                penalties = penalties.add(line.overPenalty()).add(line.underPenalty());
            }
        }
        return new Result(month, List.copyOf(lines), wh(totalQ), wh(totalD), energy, penalties, energy.add(penalties));
    }

    private static double wh(double kWh) {
        return Math.round(kWh * 1000) / 1000.0;
    }

    private static BigDecimal yuan(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
