package org.parkchain.trading.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The terms of a bilateral contract, as a term sheet proposes them and as each party commits its copy. Two sets of
 * terms are the same contract exactly when their canonical JSON ({@link TermsJson}) and so their hash is the same.
 *
 * @param sellerId      the participant delivering the energy
 * @param buyerId       the participant taking and paying for it
 * @param start         first delivery day
 * @param end           last delivery day (inclusive)
 * @param profile       contracted power in kW per day type: 24 hourly or 96 quarter-hourly values, the same count for
 *                      every day type
 * @param priceKind     flat, or per time-of-use period of the catalog tariff
 * @param flatPrice     FLAT: yuan per kWh
 * @param touPrices     TIME_OF_USE: yuan per kWh per period ({@link TouPeriod#ordinal()})
 * @param band          free deviation band a as a fraction (0.1 = ±10 %)
 * @param overPenalty   yuan per kWh delivered above Q(1+a)
 * @param underPenalty  yuan per kWh short of Q(1−a)
 * @param paymentDays   days after the monthly statement is confirmed by both parties within which the buyer pays
 */
public record ContractTerms(long sellerId, long buyerId, LocalDate start, LocalDate end,
                            Map<DayType, double[]> profile, PriceKind priceKind, double flatPrice, double[] touPrices,
                            double band, double overPenalty, double underPenalty, int paymentDays) {
    public static final int SLOTS_PER_DAY = 96;

    public ContractTerms {
        EnumMap<DayType, double[]> copy = new EnumMap<>(DayType.class);
        if (profile != null) {
            profile.forEach((k, v) -> copy.put(k, v == null ? new double[0] : v.clone()));
        }
        profile = copy;
        touPrices = touPrices == null ? new double[TouPeriod.ALL.length] : touPrices.clone();
    }

    /** A copy: the terms cannot be changed through what they hand out. */
    @Override
    public Map<DayType, double[]> profile() {
        EnumMap<DayType, double[]> copy = new EnumMap<>(DayType.class);
        profile.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    @Override
    public double[] touPrices() {
        return touPrices.clone();
    }

    /** Values per day in the profile (24 or 96 when valid), taken from the weekday profile. */
    public int resolution() {
        double[] weekday = profile.get(DayType.WEEKDAY);
        return weekday == null ? 0 : weekday.length;
    }

    /** Contracted kW on a day type in quarter hour {@code slot} (0..95); hourly values hold for their four quarters. */
    public double kw(DayType type, int slot) {
        double[] values = profile.get(type);
        return values[slot * values.length / SLOTS_PER_DAY];
    }

    /** Contract price of energy in a period, yuan per kWh. */
    public double price(TouPeriod period) {
        return priceKind == PriceKind.FLAT ? flatPrice : touPrices[period.ordinal()];
    }

    /** A copy with other parties (when a copy is committed the other way round, for the tests' mutations). */
    public ContractTerms withParties(long seller, long buyer) {
        return new ContractTerms(seller, buyer, start, end, profile, priceKind, flatPrice, touPrices, band, overPenalty,
                underPenalty, paymentDays);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractTerms t && TermsJson.canonical(this).equals(TermsJson.canonical(t));
    }

    @Override
    public int hashCode() {
        return TermsJson.canonical(this).hashCode();
    }

    @Override
    public String toString() {
        return TermsJson.canonical(this);
    }

    /** The profile's values for a day type, or an empty array. */
    public double[] values(DayType type) {
        double[] v = profile.get(type);
        return v == null ? new double[0] : Arrays.copyOf(v, v.length);
    }
}
