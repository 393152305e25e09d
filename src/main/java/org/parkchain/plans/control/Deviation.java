package org.parkchain.plans.control;

/**
 * The deviation penalty against a contracted volume (DOMAIN.md §1), shared by retail plans (a month's energy against
 * the contracted monthly volume) and bilateral contracts (delivered against contracted energy per day type and
 * period): inside the band {@code [Q(1−a), Q(1+a)]} nothing is due; above it {@code π_over} per kWh over
 * {@code Q(1+a)}, below it {@code π_under} per kWh short of {@code Q(1−a)}.
 *
 * @param contracted Q, kWh
 * @param band       a, a fraction (0.1 = ±10 %)
 * @param overPrice  π_over, yuan per kWh
 * @param underPrice π_under, yuan per kWh
 */
public record Deviation(double contracted, double band, double overPrice, double underPrice) {
    /** Q(1+a): the most energy priced at the contract price. */
    public double upper() {
        return contracted * (1 + band);
    }

    /** Q(1−a): the least energy that is not short. */
    public double lower() {
        return contracted * (1 - band);
    }

    /** kWh above the band. */
    public double over(double actual) {
        return Math.max(actual - upper(), 0);
    }

    /** kWh below the band. */
    public double under(double actual) {
        return Math.max(lower() - actual, 0);
    }

    /** Pen = π_over × max(E − Q(1+a), 0) + π_under × max(Q(1−a) − E, 0). */
    public double penalty(double actual) {
        return overPrice * over(actual) + underPrice * under(actual);
    }
}
