package org.parkchain.trading.control;

import java.time.LocalDate;
import org.parkchain.platform.Problems;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * What a term sheet may propose. Rules: seller and buyer are the channel's two parties, one each; delivery starts
 * today at the earliest and lasts from one day to {@value #MAX_MONTHS} months; each day type has 24 hourly or 96
 * quarter-hourly values, the same count for all three, each from 0 to {@value #MAX_KW} kW, and the profile contracts
 * some energy; prices are above 0 and at most {@value #MAX_PRICE} yuan per kWh (flat, or one for each time-of-use
 * period); the band is 0 to 50 %; penalties are 0 to {@value #MAX_PRICE} yuan per kWh; payment is due within 1 to
 * {@value #MAX_PAYMENT_DAYS} days. Every problem is reported at once, named by its field.
 */
public final class TermsValidation {
    public static final int MAX_MONTHS = 36;
    public static final double MAX_KW = 200_000;
    public static final double MAX_PRICE = 5;
    public static final double MAX_BAND = 0.5;
    public static final int MAX_PAYMENT_DAYS = 90;

    private TermsValidation() {
    }

    /** Adds every problem of {@code t} for a channel between {@code partyA} and {@code partyB}, proposed on {@code today}. */
    public static Problems check(ContractTerms t, long partyA, long partyB, LocalDate today) {
        Problems p = new Problems();
        boolean parties = (t.sellerId() == partyA && t.buyerId() == partyB)
                || (t.sellerId() == partyB && t.buyerId() == partyA);
        p.check(parties, "sellerId", "error.trading.terms.parties");
        if (t.start() == null || t.end() == null) {
            p.check(t.start() != null, "start", "error.trading.terms.startRequired");
            p.check(t.end() != null, "end", "error.trading.terms.endRequired");
        } else {
            p.check(!t.start().isBefore(today), "start", "error.trading.terms.startPast", today);
            p.check(!t.end().isBefore(t.start()), "end", "error.trading.terms.endBeforeStart");
            p.check(!t.end().isAfter(t.start().plusMonths(MAX_MONTHS).minusDays(1)), "end",
                    "error.trading.terms.tooLong", MAX_MONTHS);
        }
        profile(p, t);
        prices(p, t);
        p.check(finite(t.band()) && t.band() >= 0 && t.band() <= MAX_BAND, "band", "error.trading.terms.band",
                (int) (MAX_BAND * 100));
        p.check(price(t.overPenalty(), true), "overPenalty", "error.trading.terms.penalty", MAX_PRICE);
        p.check(price(t.underPenalty(), true), "underPenalty", "error.trading.terms.penalty", MAX_PRICE);
        p.check(t.paymentDays() >= 1 && t.paymentDays() <= MAX_PAYMENT_DAYS, "paymentDays",
                "error.trading.terms.paymentDays", MAX_PAYMENT_DAYS);
        return p;
    }

    private static void profile(Problems p, ContractTerms t) {
        int resolution = t.resolution();
        double total = 0;
        boolean shaped = true;
        for (DayType type : DayType.ALL) {
            double[] v = t.values(type);
            String field = "profile" + type.name();
            if (v.length != 24 && v.length != 96 || (resolution == 24 || resolution == 96) && v.length != resolution) {
                p.add(field, "error.trading.terms.profileCount", v.length);
                shaped = false;
                continue;
            }
            for (int i = 0; i < v.length; i++) {
                if (!finite(v[i]) || v[i] < 0 || v[i] > MAX_KW) {
                    p.add(field, "error.trading.terms.profileValue", i + 1, v[i], (long) MAX_KW);
                    shaped = false;
                    break;
                }
                total += v[i];
            }
        }
        p.check(!shaped || total > 0, "profileWEEKDAY", "error.trading.terms.profileEmpty");
    }

    private static void prices(Problems p, ContractTerms t) {
        if (t.priceKind() == null) {
            p.add("priceKind", "error.trading.terms.priceKind");
        } else if (t.priceKind() == PriceKind.FLAT) {
            p.check(price(t.flatPrice(), false), "flatPrice", "error.trading.terms.price", MAX_PRICE);
        } else {
            for (TouPeriod period : TouPeriod.ALL) {
                p.check(price(t.touPrices()[period.ordinal()], false), "price" + period.name(),
                        "error.trading.terms.price", MAX_PRICE);
            }
        }
    }

    private static boolean price(double v, boolean zeroAllowed) {
        return finite(v) && (zeroAllowed ? v >= 0 : v > 0) && v <= MAX_PRICE;
    }

    private static boolean finite(double v) {
        return Double.isFinite(v);
    }
}
