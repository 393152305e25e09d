package org.parkchain.trading.control;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * A sales company's position in a month, per time-of-use period: the energy its active bilateral contracts buy (less
 * what they sell), computed from the contracts' profiles exactly as the settlement counts contracted energy, against
 * the expected demand of its residents' agreements in force (their load profiles' energy for that calendar month and
 * period). The gap is bought minus demand: above zero the company is over-covered (it pays for energy its customers
 * will not take), below zero under-covered (it must buy the rest); either way the gap is valued at the catalog price
 * of the month and period.
 */
public final class Position {
    private Position() {
    }

    /** One month and period. */
    public record Cell(YearMonth month, TouPeriod period, double boughtKwh, double demandKwh, double catalogPrice) {
        public double gapKwh() {
            return boughtKwh - demandKwh;
        }

        /** |gap| at the catalog price, yuan. */
        public double gapValue() {
            return Math.abs(gapKwh()) * catalogPrice;
        }

        public boolean overCovered() {
            return gapKwh() > 0;
        }
    }

    /** What a month's demand is: kWh per period for one resident's agreement. */
    public record Demand(double[] kwhByPeriod) {
    }

    /**
     * @param bought contracts the company buys on (their energy counts positive)
     * @param sold   contracts the company sells on (negative)
     * @param demand per resident in force that month, its expected kWh per period
     */
    public static List<Cell> month(YearMonth month, CatalogTariff catalog, List<ContractTerms> bought,
                                   List<ContractTerms> sold, List<Demand> demand) {
        double[] net = new double[TouPeriod.ALL.length];
        add(net, month, catalog, bought, 1);
        add(net, month, catalog, sold, -1);
        double[] need = new double[TouPeriod.ALL.length];
        for (Demand d : demand) {
            for (int p = 0; p < need.length; p++) {
                need[p] += d.kwhByPeriod()[p];
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (TouPeriod p : TouPeriod.ALL) {
            if (net[p.ordinal()] != 0 || need[p.ordinal()] != 0) {
                cells.add(new Cell(month, p, net[p.ordinal()], need[p.ordinal()], catalog.price(month.getMonth(), p)));
            }
        }
        return cells;
    }

    private static void add(double[] net, YearMonth month, CatalogTariff catalog, List<ContractTerms> contracts,
                            int sign) {
        double[] none = new double[month.lengthOfMonth() * ContractTerms.SLOTS_PER_DAY];
        for (ContractTerms t : contracts) {
            if (t.end().isBefore(month.atDay(1)) || t.start().isAfter(month.atEndOfMonth())) {
                continue;
            }
            for (Settlement.Line line : Settlement.settle(t, month, catalog, none).lines()) {
                net[line.period().ordinal()] += sign * line.contractedKwh();
            }
        }
    }
}
