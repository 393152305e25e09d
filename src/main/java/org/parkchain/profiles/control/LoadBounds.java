package org.parkchain.profiles.control;

import org.parkchain.platform.Problems;

/**
 * The yearly consumption ParkChain prices for small and micro users, however it was given. Rules: at least
 * {@value #MIN_ANNUAL_KWH} kWh, because below that the plans' fees outweigh every price difference and a ranking
 * would compare nothing but fees; at most {@value #MAX_ANNUAL_KWH} kWh, because above that a user buys as a large
 * user on bilateral contracts, not on retail plans.
 */
public final class LoadBounds {
    public static final double MIN_ANNUAL_KWH = 100;
    public static final double MAX_ANNUAL_KWH = 5_000_000;

    private LoadBounds() {
    }

    public static boolean within(double annualKwh) {
        return Double.isFinite(annualKwh) && annualKwh >= MIN_ANNUAL_KWH && annualKwh <= MAX_ANNUAL_KWH;
    }

    /** Adds the problem {@code error.profile.annual} for {@code field} when the yearly consumption is out of bounds. */
    public static void check(Problems problems, String field, double annualKwh) {
        problems.check(within(annualKwh), field, "error.profile.annual", annualKwh, (long) MIN_ANNUAL_KWH,
                (long) MAX_ANNUAL_KWH);
    }
}
