package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * Settlements worked out by hand. February 2027 starts on a Monday; with Wednesday 10 February a holiday it has 19
 * weekdays, 8 weekend days and 1 holiday. The profile is 10 kW on weekdays, 5 kW at weekends and 2 kW on holidays,
 * the band ±10 %, π_over 0.20 and π_under 0.10 yuan/kWh, prices SHARP 0.9, PEAK 0.7, FLAT 0.5, VALLEY 0.3.
 * Weekdays: PEAK 08–12 (4 h), FLAT the other 20 h; weekends and holidays VALLEY all day.
 */
class SettlementTest {
    static final YearMonth FEB = YearMonth.of(2027, 2);
    static final LocalDate HOLIDAY = LocalDate.of(2027, 2, 10);
    final CatalogTariff tariff = TradingFixtures.tariff(HOLIDAY);
    final ContractTerms terms = TradingFixtures.terms(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 31), 10, 5, 2);

    /** kWh per quarter hour: each cell's energy spread evenly over the cell's quarter hours. */
    double[] delivered(double weekdayPeak, double weekdayFlat, double weekend, double holiday) {
        double[] d = new double[28 * 96];
        for (int day = 0; day < 28; day++) {
            LocalDate date = FEB.atDay(day + 1);
            DayType type = DayType.of(date, tariff.holidays());
            for (int slot = 0; slot < 96; slot++) {
                boolean peak = tariff.schedule(date)[slot] == TouPeriod.PEAK;
                d[day * 96 + slot] = switch (type) {
                    case WEEKDAY -> peak ? weekdayPeak / (19 * 16) : weekdayFlat / (19 * 80);
                    case WEEKEND -> weekend / (8 * 96);
                    case HOLIDAY -> holiday / 96;
                };
            }
        }
        return d;
    }

    Settlement.Line line(Settlement.Result r, DayType type, TouPeriod period) {
        Predicate<Settlement.Line> cell = l -> l.dayType() == type && l.period() == period;
        return r.lines().stream().filter(cell).findFirst().orElseThrow();
    }

    @Test
    void contractedEnergyPerDayTypeAndPeriod() {
        Settlement.Result r = Settlement.settle(terms, FEB, tariff, delivered(0, 0, 0, 0));
        assertEquals(4, r.lines().size());
        // weekdays: 19 days × 10 kW × 4 h peak = 760; × 20 h flat = 3,800
        assertEquals(760, line(r, DayType.WEEKDAY, TouPeriod.PEAK).contractedKwh(), 1e-9);
        assertEquals(3800, line(r, DayType.WEEKDAY, TouPeriod.FLAT).contractedKwh(), 1e-9);
        assertEquals(19, line(r, DayType.WEEKDAY, TouPeriod.FLAT).days());
        // weekends: 8 × 5 kW × 24 h = 960; the holiday: 2 kW × 24 h = 48
        assertEquals(960, line(r, DayType.WEEKEND, TouPeriod.VALLEY).contractedKwh(), 1e-9);
        assertEquals(48, line(r, DayType.HOLIDAY, TouPeriod.VALLEY).contractedKwh(), 1e-9);
        assertEquals(1, line(r, DayType.HOLIDAY, TouPeriod.VALLEY).days());
        assertEquals(5568, r.contractedKwh(), 1e-9);
    }

    @Test
    void deliveriesAtBothBandEdgesAreInsideAndBeyondThemArePenalised() {
        // weekday peak exactly at Q(1+a) = 836; weekday flat exactly at Q(1−a) = 3,420;
        // weekend 60 kWh short of Q(1−a) = 864 → 804; holiday 7.2 kWh over Q(1+a) = 52.8 → 60
        Settlement.Result r = Settlement.settle(terms, FEB, tariff, delivered(836, 3420, 804, 60));
        Settlement.Line peak = line(r, DayType.WEEKDAY, TouPeriod.PEAK);
        assertTrue(peak.withinBand());
        assertEquals(new BigDecimal("585.20"), peak.energyAmount()); // 0.7 × 836
        assertEquals(new BigDecimal("0.00"), peak.overPenalty());
        Settlement.Line flat = line(r, DayType.WEEKDAY, TouPeriod.FLAT);
        assertTrue(flat.withinBand());
        assertEquals(new BigDecimal("1710.00"), flat.energyAmount()); // 0.5 × 3,420
        assertEquals(new BigDecimal("0.00"), flat.underPenalty());
        Settlement.Line weekend = line(r, DayType.WEEKEND, TouPeriod.VALLEY);
        assertFalse(weekend.withinBand());
        assertEquals(60, weekend.underKwh(), 1e-9);
        assertEquals(new BigDecimal("241.20"), weekend.energyAmount()); // 0.3 × 804
        assertEquals(new BigDecimal("6.00"), weekend.underPenalty()); // 0.1 × 60
        Settlement.Line holiday = line(r, DayType.HOLIDAY, TouPeriod.VALLEY);
        assertEquals(7.2, holiday.overKwh(), 1e-9);
        assertEquals(new BigDecimal("15.84"), holiday.energyAmount()); // 0.3 × min(60, 52.8)
        assertEquals(new BigDecimal("1.44"), holiday.overPenalty()); // 0.2 × 7.2
        assertEquals(new BigDecimal("2552.24"), r.energyAmount());
        assertEquals(new BigDecimal("7.44"), r.penalties());
        assertEquals(new BigDecimal("2559.68"), r.amountDue());
    }

    @Test
    void oneWhBeyondAnEdgeIsPenalised() {
        Settlement.Result r = Settlement.settle(terms, FEB, tariff, delivered(836.001, 3419.999, 864, 48));
        assertEquals(0.001, line(r, DayType.WEEKDAY, TouPeriod.PEAK).overKwh(), 1e-12);
        assertEquals(0.001, line(r, DayType.WEEKDAY, TouPeriod.FLAT).underKwh(), 1e-12);
        assertTrue(line(r, DayType.WEEKEND, TouPeriod.VALLEY).withinBand());
    }

    @Test
    void aContractStartingMidMonthCountsOnlyItsDays() {
        ContractTerms late = TradingFixtures.terms(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 20), 10, 5, 2);
        Settlement.Result r = Settlement.settle(late, FEB, tariff, delivered(836, 3420, 804, 60));
        // 15–19 Feb are five weekdays, 20 Feb a Saturday; the holiday is outside
        assertEquals(5, line(r, DayType.WEEKDAY, TouPeriod.FLAT).days());
        assertEquals(5 * 10 * 20, line(r, DayType.WEEKDAY, TouPeriod.FLAT).contractedKwh(), 1e-9);
        assertEquals(3420.0 * 5 / 19, line(r, DayType.WEEKDAY, TouPeriod.FLAT).deliveredKwh(), 1e-3);
        assertEquals(120, line(r, DayType.WEEKEND, TouPeriod.VALLEY).contractedKwh(), 1e-9);
        assertTrue(r.lines().stream().noneMatch(l -> l.dayType() == DayType.HOLIDAY));
    }

    @Test
    void aFlatPriceAppliesToEveryPeriod() {
        ContractTerms flat = new ContractTerms(7, 9, terms.start(), terms.end(), terms.profile(), PriceKind.FLAT, 0.45,
                null, 0.1, 0.2, 0.1, 15);
        Settlement.Result r = Settlement.settle(flat, FEB, tariff, delivered(760, 3800, 960, 48));
        assertEquals(new BigDecimal("2505.60"), r.amountDue()); // 0.45 × 5,568
        assertEquals(new BigDecimal("0.00"), r.penalties());
    }

    @Test
    void theDeliveryMustCoverTheWholeMonth() {
        assertThrows(IllegalArgumentException.class, () -> Settlement.settle(terms, FEB, tariff, new double[96]));
    }
}
