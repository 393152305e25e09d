package org.parkchain.plans.control;

import java.time.Month;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The one bill calculator, used by monthly billing and by the recommendation: a month's energy charge under a plan
 * and its deviation penalty against the contracted volume (DOMAIN.md §1). Amounts are yuan as doubles; billing rounds
 * each line to the fen.
 */
public final class BillCalculator {
    private BillCalculator() {
    }

    /** A month's charges. */
    public record MonthlyCharge(double energy, double penalty) {
        public double total() {
            return energy + penalty;
        }
    }

    /** The month's charges for energy {@code kWh[p]} used in each time-of-use period {@code p}. */
    public static MonthlyCharge month(PlanTerms plan, CatalogTariff catalog, Month month, double[] kWh) {
        double total = 0;
        for (double v : kWh) {
            total += v;
        }
        return new MonthlyCharge(energy(plan, catalog, month, kWh, total), penalty(plan, total));
    }

    /** Energy charge of the month; {@code total} is the sum of {@code kWh}. */
    public static double energy(PlanTerms plan, CatalogTariff catalog, Month month, double[] kWh, double total) {
        switch (plan.type()) {
            case FIXED:
                return plan.fixedPrice() * total;
            case TIME_OF_USE: {
                double sum = 0;
                for (int p = 0; p < kWh.length; p++) {
                    sum += plan.touPrices()[p] * kWh[p];
                }
                return sum;
            }
            case TIERED:
                return tiered(plan, total);
            case DISCOUNT: {
                double sum = 0;
                for (int p = 0; p < kWh.length; p++) {
                    sum += (catalog.price(month, TouPeriod.ALL[p]) - plan.discount()) * kWh[p];
                }
                return sum;
            }
            default:
                throw new IllegalStateException(plan.type().name());
        }
    }

    /** Block prices over the month's energy: each block's price applies to the energy that falls inside it. */
    public static double tiered(PlanTerms plan, double total) {
        double[] limits = plan.tierLimits();
        double[] prices = plan.tierPrices();
        double sum = 0;
        double lower = 0;
        for (int k = 0; k < prices.length; k++) {
            double upper = k < limits.length ? limits[k] : Double.POSITIVE_INFINITY;
            sum += prices[k] * Math.max(0, Math.min(total, upper) - lower);
            if (total <= upper) {
                break;
            }
            lower = upper;
        }
        return sum;
    }

    /** Pen = π_over × max(E − Q(1+a), 0) + π_under × max(Q(1−a) − E, 0); none without a contracted volume. */
    public static double penalty(PlanTerms plan, double total) {
        double q = plan.contractedKwh();
        if (q <= 0) {
            return 0;
        }
        return new Deviation(q, plan.band(), plan.overPrice(), plan.underPrice()).penalty(total);
    }

    /**
     * The part of a month's bill that is not proportional to the load, as a piecewise-linear function of the month's
     * energy x: {@code slope·x + Σ_k kinkSlope_k·max(x − kinkAt_k, 0)} for block prices, and
     * {@code overSlope·max(x − overAt, 0) + underSlope·max(underAt − x, 0)} for the deviation penalty. The same
     * numbers as {@link #tiered} and {@link #penalty}, in a form that is evaluated without branches.
     */
    public record Shape(double slope, double[] kinkAt, double[] kinkSlope, double overAt, double overSlope,
                        double underAt, double underSlope) {
        public static Shape of(PlanTerms plan) {
            double slope = 0;
            double[] at = new double[0];
            double[] by = new double[0];
            if (plan.type() == PlanType.TIERED) {
                double[] prices = plan.tierPrices();
                slope = prices[0];
                at = plan.tierLimits().clone();
                by = new double[at.length];
                for (int k = 0; k < at.length; k++) {
                    by[k] = prices[k + 1] - prices[k];
                }
            }
            double q = plan.contractedKwh();
            return q > 0 ? new Shape(slope, at, by, q * (1 + plan.band()), plan.overPrice(), q * (1 - plan.band()),
                    plan.underPrice()) : new Shape(slope, at, by, 0, 0, 0, 0);
        }

        public double energy(double x) {
            double e = slope * x;
            for (int k = 0; k < kinkAt.length; k++) {
                e += kinkSlope[k] * Math.max(x - kinkAt[k], 0);
            }
            return e;
        }

        public double penalty(double x) {
            return overSlope * Math.max(x - overAt, 0) + underSlope * Math.max(underAt - x, 0);
        }
    }
}
