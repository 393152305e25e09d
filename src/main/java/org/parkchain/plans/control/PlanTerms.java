package org.parkchain.plans.control;

import java.util.Arrays;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The priced terms of a retail plan, as the calculator needs them (yuan, kWh, months). Validation of what a sales
 * company may publish is the boundary's job; this record only refuses shapes the calculator cannot price.
 *
 * @param fixedPrice          FIXED: yuan per kWh
 * @param touPrices           TIME_OF_USE: yuan per kWh indexed by {@link TouPeriod#ordinal()}
 * @param tierLimits          TIERED: upper limits of all but the last block, kWh per month, increasing
 * @param tierPrices          TIERED: one price per block (one more than the limits)
 * @param discount            DISCOUNT: yuan per kWh off the catalog price
 * @param contractedKwh       contracted monthly volume Q, or 0 for none (then no deviation penalty)
 * @param band                free deviation band a as a fraction (0.1 = ±10 %)
 * @param overPrice           yuan per kWh above Q(1 + a)
 * @param underPrice          yuan per kWh below Q(1 − a)
 * @param termMonths          minimum term
 * @param noticeDays          notice a customer must give before leaving
 * @param earlyExitFee        yuan, due when leaving before the term ends
 * @param signUpFee           yuan, due at signing
 * @param greenShare          share of green energy, 0..1 (shown, not priced)
 */
public record PlanTerms(PlanType type, double fixedPrice, double[] touPrices, double[] tierLimits,
                        double[] tierPrices, double discount, double contractedKwh, double band, double overPrice,
                        double underPrice, int termMonths, int noticeDays, double earlyExitFee, double signUpFee,
                        double greenShare) {
    public PlanTerms {
        touPrices = touPrices == null ? new double[TouPeriod.ALL.length] : touPrices.clone();
        tierLimits = tierLimits == null ? new double[0] : tierLimits.clone();
        tierPrices = tierPrices == null ? new double[0] : tierPrices.clone();
        if (touPrices.length != TouPeriod.ALL.length) {
            throw new IllegalArgumentException("one time-of-use price per period");
        }
        if (type == PlanType.TIERED && tierPrices.length != tierLimits.length + 1) {
            throw new IllegalArgumentException("a tiered plan has one price more than it has block limits");
        }
        for (int k = 1; k < tierLimits.length; k++) {
            if (tierLimits[k] <= tierLimits[k - 1]) {
                throw new IllegalArgumentException("block limits must increase");
            }
        }
    }

    public static PlanTerms fixed(double price) {
        return new PlanTerms(PlanType.FIXED, price, null, null, null, 0, 0, 0, 0, 0, 12, 30, 0, 0, 0);
    }

    public static PlanTerms timeOfUse(double sharp, double peak, double flat, double valley) {
        return new PlanTerms(PlanType.TIME_OF_USE, 0, new double[] {sharp, peak, flat, valley}, null, null, 0, 0, 0,
                0, 0, 12, 30, 0, 0, 0);
    }

    public static PlanTerms tiered(double[] limits, double[] prices) {
        return new PlanTerms(PlanType.TIERED, 0, null, limits, prices, 0, 0, 0, 0, 0, 12, 30, 0, 0, 0);
    }

    public static PlanTerms discount(double perKwh) {
        return new PlanTerms(PlanType.DISCOUNT, 0, null, null, null, perKwh, 0, 0, 0, 0, 12, 30, 0, 0, 0);
    }

    /** The catalog tariff itself as a plan (no discount, no volume, no fees): what bills are compared with. */
    public static PlanTerms catalog() {
        return discount(0);
    }

    /** The same terms with a contracted monthly volume and its deviation penalty. */
    public PlanTerms withVolume(double contracted, double freeBand, double over, double under) {
        return new PlanTerms(type, fixedPrice, touPrices, tierLimits, tierPrices, discount, contracted, freeBand, over,
                under, termMonths, noticeDays, earlyExitFee, signUpFee, greenShare);
    }

    /** The same terms with other contract conditions. */
    public PlanTerms withConditions(int term, int notice, double exitFee, double signUp, double green) {
        return new PlanTerms(type, fixedPrice, touPrices, tierLimits, tierPrices, discount, contractedKwh, band,
                overPrice, underPrice, term, notice, exitFee, signUp, green);
    }

    /** Whether the energy charge scales with the load (everything but block prices). */
    public boolean linearEnergy() {
        return type != PlanType.TIERED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanTerms t && type == t.type && Double.compare(fixedPrice, t.fixedPrice) == 0
                && Arrays.equals(touPrices, t.touPrices) && Arrays.equals(tierLimits, t.tierLimits)
                && Arrays.equals(tierPrices, t.tierPrices) && Double.compare(discount, t.discount) == 0
                && Double.compare(contractedKwh, t.contractedKwh) == 0 && Double.compare(band, t.band) == 0
                && Double.compare(overPrice, t.overPrice) == 0 && Double.compare(underPrice, t.underPrice) == 0
                && termMonths == t.termMonths && noticeDays == t.noticeDays
                && Double.compare(earlyExitFee, t.earlyExitFee) == 0 && Double.compare(signUpFee, t.signUpFee) == 0
                && Double.compare(greenShare, t.greenShare) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(touPrices) * 31 + Arrays.hashCode(tierPrices) * 17 + type.hashCode()
                + Double.hashCode(fixedPrice + discount + contractedKwh);
    }

    @Override
    public String toString() {
        return type + "[fixed=" + fixedPrice + ", tou=" + Arrays.toString(touPrices) + ", limits="
                + Arrays.toString(tierLimits) + ", tiers=" + Arrays.toString(tierPrices) + ", discount=" + discount
                + ", Q=" + contractedKwh + "±" + band + ", over=" + overPrice + ", under=" + underPrice + "]";
    }
}
