package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Two copies of terms activate a contract only when their hashes are equal: random term sheets, each mutated in one
 * field, never hash equal to the original, and the difference names exactly that field; the same terms written
 * differently ({@code 0.50} and {@code 0.5}, re-read from stored JSON) hash equal.
 */
class TermsPropertiesTest {
    static final int FIELDS = 12;

    static ContractTerms random(SplittableRandom r) {
        int resolution = r.nextBoolean() ? 24 : 96;
        Map<DayType, double[]> profile = new EnumMap<>(DayType.class);
        for (DayType type : DayType.ALL) {
            double[] kw = new double[resolution];
            for (int i = 0; i < resolution; i++) {
                kw[i] = r.nextInt(0, 500_000) / 100.0;
            }
            profile.put(type, kw);
        }
        LocalDate start = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(365));
        boolean tou = r.nextBoolean();
        return new ContractTerms(r.nextInt(1, 100), r.nextInt(100, 200), start, start.plusDays(r.nextInt(0, 700)),
                profile, tou ? PriceKind.TIME_OF_USE : PriceKind.FLAT, cents(r),
                new double[] {cents(r), cents(r), cents(r), cents(r)}, r.nextInt(0, 50) / 100.0, cents(r), cents(r),
                r.nextInt(1, 91));
    }

    static double cents(SplittableRandom r) {
        return r.nextInt(1, 500) / 100.0;
    }

    /** The same terms with field {@code field} changed by the smallest step a person could type. */
    static ContractTerms mutate(ContractTerms t, int field, SplittableRandom r) {
        long seller = t.sellerId();
        long buyer = t.buyerId();
        LocalDate start = t.start();
        LocalDate end = t.end();
        Map<DayType, double[]> profile = new EnumMap<>(t.profile());
        PriceKind kind = t.priceKind();
        double flat = t.flatPrice();
        double[] tou = t.touPrices();
        double band = t.band();
        double over = t.overPenalty();
        double under = t.underPenalty();
        int payment = t.paymentDays();
        switch (field) {
            case 0 -> seller = buyer + 1000;
            case 1 -> buyer = buyer + 1;
            case 2 -> start = start.minusDays(1);
            case 3 -> end = end.plusDays(1);
            case 4 -> {
                DayType type = DayType.ALL[r.nextInt(3)];
                double[] kw = t.values(type);
                kw[r.nextInt(kw.length)] += 0.01;
                profile.put(type, kw);
            }
            case 5 -> {
                DayType type = DayType.ALL[r.nextInt(3)];
                double[] kw = t.values(type);
                profile.put(type, kw.length == 24 ? expand(kw) : java.util.Arrays.copyOf(kw, 24));
            }
            case 6 -> kind = kind == PriceKind.FLAT ? PriceKind.TIME_OF_USE : PriceKind.FLAT;
            case 7 -> {
                if (kind == PriceKind.FLAT) {
                    flat += 0.01;
                } else {
                    tou[r.nextInt(4)] += 0.01;
                }
            }
            case 8 -> band += 0.01;
            case 9 -> over += 0.01;
            case 10 -> under += 0.01;
            case 11 -> payment += 1;
            default -> throw new IllegalArgumentException();
        }
        return new ContractTerms(seller, buyer, start, end, profile, kind, flat, tou, band, over, under, payment);
    }

    static double[] expand(double[] hourly) {
        double[] q = new double[96];
        for (int i = 0; i < 96; i++) {
            q[i] = hourly[i / 4];
        }
        return q;
    }

    @Property(tries = 600)
    void aCopyDifferingInAnyOneFieldNeverHashesEqual(@ForAll long seed, @ForAll @IntRange(max = FIELDS - 1) int field) {
        SplittableRandom r = new SplittableRandom(seed);
        ContractTerms original = random(r);
        ContractTerms copy = mutate(original, field, r);
        assertNotEquals(TermsJson.hash(original), TermsJson.hash(copy));
        List<TermsDiff.Difference> diff = TermsDiff.between(original, copy);
        assertFalse(diff.isEmpty());
        assertTrue(diff.stream().allMatch(d -> d.path().startsWith(top(field))), () -> field + ": " + diff);
    }

    @Property(tries = 300)
    void theSameTermsHashEqualHoweverTheyWereWritten(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ContractTerms original = random(r);
        ContractTerms reread = TermsJson.read(TermsJson.canonical(original));
        assertEquals(TermsJson.hash(original), TermsJson.hash(reread));
        assertEquals(List.of(), TermsDiff.between(original, reread));
        // a price typed with a trailing zero is the same price
        double typed = new BigDecimal(BigDecimal.valueOf(original.band()).toPlainString() + "0").doubleValue();
        ContractTerms retyped = new ContractTerms(original.sellerId(), original.buyerId(), original.start(),
                original.end(), original.profile(), original.priceKind(), original.flatPrice(), original.touPrices(),
                typed, original.overPenalty(), original.underPenalty(), original.paymentDays());
        assertEquals(TermsJson.hash(original), TermsJson.hash(retyped));
    }

    static String top(int field) {
        return switch (field) {
            case 0 -> "sellerId";
            case 1 -> "buyerId";
            case 2 -> "start";
            case 3 -> "end";
            case 4, 5 -> "profile.";
            case 6, 7 -> "price.";
            case 8 -> "band";
            case 9 -> "overPenalty";
            case 10 -> "underPenalty";
            default -> "paymentDays";
        };
    }
}
