package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * A position worked out by hand for February 2027 (19 weekdays, 8 weekend days, a holiday on the 10th): a contract
 * buying 10 kW around the clock gives PEAK 19 × 4 h × 10 = 760 kWh, FLAT 19 × 20 h × 10 = 3,800 kWh and VALLEY
 * 9 × 24 h × 10 = 2,160 kWh; two residents expect PEAK 600, FLAT 4,000, VALLEY 2,500 kWh.
 */
class PositionTest {
    final CatalogTariff tariff = TradingFixtures.tariff(LocalDate.of(2027, 2, 10));
    final ContractTerms tenKw = TradingFixtures.terms(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 10, 10, 10);
    final List<Position.Demand> residents = List.of(new Position.Demand(new double[] {0, 500, 3000, 2500}),
            new Position.Demand(new double[] {0, 100, 1000, 0}));

    Position.Cell cell(List<Position.Cell> cells, TouPeriod p) {
        return cells.stream().filter(c -> c.period() == p).findFirst().orElseThrow();
    }

    @Test
    void boughtAgainstDemandPerPeriodValuedAtTheCatalogPrice() {
        List<Position.Cell> cells = Position.month(SettlementTest.FEB, tariff, List.of(tenKw), List.of(), residents);
        assertEquals(3, cells.size(), "no sharp peak bought or used: no line for it");
        Position.Cell peak = cell(cells, TouPeriod.PEAK);
        assertEquals(760, peak.boughtKwh(), 1e-9);
        assertEquals(600, peak.demandKwh(), 1e-9);
        assertTrue(peak.overCovered());
        assertEquals(160 * 1.0, peak.gapValue(), 1e-9);
        Position.Cell flat = cell(cells, TouPeriod.FLAT);
        assertEquals(-200, flat.gapKwh(), 1e-9);
        assertFalse(flat.overCovered());
        assertEquals(200 * 0.6, flat.gapValue(), 1e-9);
        Position.Cell valley = cell(cells, TouPeriod.VALLEY);
        assertEquals(2160, valley.boughtKwh(), 1e-9);
        assertEquals(340 * 0.3, valley.gapValue(), 1e-9);
    }

    @Test
    void energySoldCountsAgainstAndContractsOutsideTheMonthDoNotCount() {
        ContractTerms oneKw = TradingFixtures.terms(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), 1, 1, 1);
        ContractTerms later = TradingFixtures.terms(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), 99, 99, 99);
        List<Position.Cell> cells = Position.month(SettlementTest.FEB, tariff, List.of(tenKw, later), List.of(oneKw),
                List.of());
        assertEquals(760 - 76, cell(cells, TouPeriod.PEAK).boughtKwh(), 1e-9);
        assertEquals(2160 - 216, cell(cells, TouPeriod.VALLEY).boughtKwh(), 1e-9);
    }
}
