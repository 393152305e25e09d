package org.parkchain.charging.control;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.parkchain.charging.entity.Clearing;
import org.parkchain.charging.entity.Fill;
import org.parkchain.charging.entity.Side;

/**
 * A transformer's trading day in figures for the regulator and the park admin: per slot the kW traded in the call
 * market (over all clearings), the kW traded on the P2P board, and the price buyers paid and sellers received in the
 * latest clearing that traded the slot (NaN: none); in total the clearings, orders, kWh traded each way, welfare and
 * the market's surplus (CNY), and the range of clearing prices.
 */
public record MarketSummary(long transformerId, int clearings, int orders, double[] auctionKw, double[] p2pKw,
                            double[] buyPrice, double[] sellPrice, BigDecimal welfareCny, BigDecimal surplusCny,
                            double minPrice, double maxPrice) {

    public static MarketSummary of(long transformerId, List<Clearing> clearings, List<Fill> fills) {
        int slots = CapacityMargin.SLOTS;
        double[] auction = new double[slots];
        double[] p2p = new double[slots];
        double[] buy = new double[slots];
        double[] sell = new double[slots];
        java.util.Arrays.fill(buy, Double.NaN);
        java.util.Arrays.fill(sell, Double.NaN);
        BigDecimal welfare = BigDecimal.ZERO;
        BigDecimal surplus = BigDecimal.ZERO;
        int orders = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        List<Clearing> inOrder = clearings.stream().filter(c -> c.getTransformerId() == transformerId)
                .sorted(Comparator.comparing(Clearing::getId)).toList();
        for (Clearing c : inOrder) {
            double[] traded = c.tradedKw();
            double[] b = c.buyPrice();
            double[] s = c.sellPrice();
            for (int t = 0; t < slots; t++) {
                auction[t] += traded[t];
                if (traded[t] > 0) {
                    buy[t] = b[t];
                    sell[t] = s[t];
                    min = Double.isNaN(min) ? Math.min(b[t], s[t]) : Math.min(min, Math.min(b[t], s[t]));
                    max = Double.isNaN(max) ? Math.max(b[t], s[t]) : Math.max(max, Math.max(b[t], s[t]));
                }
            }
            welfare = welfare.add(c.getWelfareCny());
            surplus = surplus.add(c.getSurplusCny());
            orders += c.getOrders();
        }
        for (Fill f : fills) {
            if (f.getTransformerId() == transformerId && f.getSource() == Fill.Source.P2P && f.getSide() == Side.BUY) {
                p2p[f.getSlot()] += f.getKw().doubleValue();
            }
        }
        return new MarketSummary(transformerId, inOrder.size(), orders, auction, p2p, buy, sell, welfare, surplus, min,
                max);
    }

    public double auctionKwh() {
        return kwh(auctionKw);
    }

    public double p2pKwh() {
        return kwh(p2pKw);
    }

    private static double kwh(double[] kw) {
        double sum = 0;
        for (double x : kw) {
            sum += x * 0.25;
        }
        return sum;
    }
}
