package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The settlement against a plain oracle that walks every quarter hour and sums what each one contributes, and the
 * statement's own invariants: lines add up to the totals, nothing is negative, a delivery inside every band pays no
 * penalty, and delivering more never costs the buyer less.
 */
class SettlementPropertiesTest {
    @Property(tries = 150)
    void linesAgreeWithAQuarterHourOracle(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ContractTerms terms = TermsPropertiesTest.random(r);
        YearMonth month = YearMonth.from(terms.start()).plusMonths(r.nextInt(0, 2));
        LocalDate holiday = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
        CatalogTariff tariff = TradingFixtures.tariff(holiday);
        double[] delivered = new double[month.lengthOfMonth() * 96];
        for (int i = 0; i < delivered.length; i++) {
            delivered[i] = r.nextInt(0, 2_000_000) / 1000.0;
        }
        Settlement.Result result = Settlement.settle(terms, month, tariff, delivered);
        double q = 0;
        double d = 0;
        for (int i = 0; i < delivered.length; i++) {
            LocalDate day = month.atDay(i / 96 + 1);
            if (!day.isBefore(terms.start()) && !day.isAfter(terms.end())) {
                q += terms.kw(DayType.of(day, tariff.holidays()), i % 96) / 4;
                d += delivered[i];
            }
        }
        assertEquals(q, result.contractedKwh(), 0.002 + 1e-9 * q);
        assertEquals(d, result.deliveredKwh(), 0.002 + 1e-9 * d);
        BigDecimal sum = BigDecimal.ZERO;
        for (Settlement.Line line : result.lines()) {
            sum = sum.add(line.amount());
            assertTrue(line.amount().signum() >= 0);
            assertTrue(line.overKwh() == 0 || line.underKwh() == 0);
            assertEquals(terms.price(line.period()), line.price());
        }
        assertEquals(result.amountDue(), sum);
    }

    @Property(tries = 150)
    void insideTheBandsNoPenaltyAndMoreDeliveryNeverCostsLess(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ContractTerms terms = TermsPropertiesTest.random(r);
        YearMonth month = YearMonth.from(terms.start());
        CatalogTariff tariff = TradingFixtures.tariff();
        double[] exact = new double[month.lengthOfMonth() * 96];
        for (int i = 0; i < exact.length; i++) {
            LocalDate day = month.atDay(i / 96 + 1);
            exact[i] = terms.kw(DayType.of(day, tariff.holidays()), i % 96) / 4;
        }
        Settlement.Result asContracted = Settlement.settle(terms, month, tariff, exact);
        assertEquals(BigDecimal.ZERO.setScale(2), asContracted.penalties());
        double[] more = exact.clone();
        int at = r.nextInt(more.length);
        more[at] += r.nextInt(1, 100_000) / 10.0;
        Settlement.Result after = Settlement.settle(terms, month, tariff, more);
        assertTrue(after.amountDue().compareTo(asContracted.amountDue()) >= 0,
                () -> asContracted.amountDue() + " then " + after.amountDue());
        assertTrue(asContracted.lines().stream().allMatch(Settlement.Line::withinBand));
        assertTrue(TouPeriod.ALL.length * DayType.ALL.length >= asContracted.lines().size());
    }
}
