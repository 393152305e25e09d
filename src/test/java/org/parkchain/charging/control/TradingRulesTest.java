package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkchain.charging.entity.Side;
import org.parkchain.charging.entity.TradeForm;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.Problems;

/** Trading window, order rules, positions, the bid helper and the call market, on hand-worked figures. */
class TradingRulesTest {
    static final TradingTerms TERMS = new TradingTerms(Duration.ofMinutes(30), new BigDecimal("2.000"),
            DoubleAuction.Rule.MCAFEE, 0.5, 2, Duration.ofHours(1));
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    static List<String> keys(Problems p) {
        try {
            p.throwIfAny();
            return List.of();
        } catch (BusinessException e) {
            return e.problems().stream().map(BusinessException.Problem::key).toList();
        }
    }

    @Test
    void aSlotClosesThirtyMinutesBeforeItStarts() {
        assertEquals(0, TERMS.firstOpenSlot(DAY, LocalDateTime.of(2026, 12, 2, 23, 29)));
        assertEquals(1, TERMS.firstOpenSlot(DAY, LocalDateTime.of(2026, 12, 2, 23, 30)));
        assertEquals(71, TERMS.firstOpenSlot(DAY, LocalDateTime.of(2026, 12, 3, 17, 0)), "17:30 closed at 17:00");
        assertEquals(96, TERMS.firstOpenSlot(DAY, LocalDateTime.of(2026, 12, 3, 23, 31)));
        assertEquals(LocalDateTime.of(2026, 12, 3, 17, 0), TERMS.lastClearingTime(LocalDateTime.of(2026, 12, 3, 17,
                59)));
    }

    @Test
    void ordersAreCheckedFieldByField() {
        Problems ok = new Problems();
        TradeRules.Leg leg = TradeRules.check(new TradeForm(1L, DAY, "buy", "18:00", "19:00", new BigDecimal("12.50"),
                new BigDecimal("0.8"), null), TERMS, 0, ok);
        assertNotNull(leg);
        assertEquals(Side.BUY, leg.side());
        assertEquals(72, leg.from());
        assertEquals(76, leg.to());
        assertEquals(new BigDecimal("12.5"), leg.kw());
        assertEquals(new BigDecimal("0.800"), leg.price());
        Problems bad = new Problems();
        assertNull(TradeRules.check(new TradeForm(1L, DAY, "hold", "19:00", "18:00", BigDecimal.ZERO,
                new BigDecimal("2.5"), null), TERMS, 0, bad));
        assertEquals(List.of("error.trade.side", "error.trade.slots", "error.trade.quantityZero", "error.trade.price"),
                keys(bad));
        Problems more = new Problems();
        TradeRules.check(new TradeForm(1L, DAY, "SELL", "06:00", "07:00", new BigDecimal("0.05"),
                new BigDecimal("-0.1"), null), TERMS, 70, more);
        assertEquals(List.of("error.trade.slotClosed", "error.trade.quantity", "error.trade.price"), keys(more));
    }

    @Test
    void aSellerSellsOnlyWhatItHoldsAndHasNotOfferedABuyerOnlyInsideItsWindowBelowItsMaximum() {
        double[] held = new double[96];
        double[] reservedBuy = new double[96];
        double[] reservedSell = new double[96];
        held[72] = 40;
        reservedSell[72] = 15;
        reservedBuy[72] = 50;
        Position p = new Position("ST-1", 120, 68, 80, held, reservedBuy, reservedSell);
        assertEquals(25, p.sellable(72), 1e-9);
        assertEquals(30, p.buyable(72), 1e-9);
        assertEquals(0, p.buyable(80));
        assertNull(p.shortfall(false, 72, 73, 25));
        Position.Shortfall more = p.shortfall(false, 72, 73, 25.1);
        assertEquals("error.trade.moreThanHeld", more.key());
        assertArrayEquals(new Object[] {"ST-1", "18:00", "25.1", "40.0", "15.0", "25.0"}, more.args());
        assertEquals("error.trade.aboveMax", p.shortfall(true, 72, 73, 30.1).key());
        assertEquals("error.trade.outsideWindow", p.shortfall(true, 79, 81, 1).key());
        assertEquals("error.trade.moreThanHeld", p.shortfall(false, 71, 73, 1).key(), "holds nothing at 17:45");
    }

    @Test
    void theBidHelperPricesUrgencyAndFlexibilityAsDomainMdSays() {
        // 120 kWh wanted 18:00-22:00 at up to 60 kW; holds 20 kW in 18:00-20:00 (40 kWh): 80 kWh remain over 4 h,
        // LAX = 4 - 80/60 = 2.667 h, u = 1 - 2.667/4 = 0.3333; f = 0.25: b = 2 · 0.3333^2 · 0.75 = 0.167;
        // quantity: 80 kWh / 4 h = 20 kW, and it can still receive 40 kW in 18:00-20:00, 60 kW after: 20 kW.
        double[] held = new double[96];
        for (int t = 72; t < 80; t++) {
            held[t] = 20;
        }
        Position p = new Position("ST-1", 60, 72, 88, held, new double[96], new double[96]);
        BidHelper.Proposal buy = BidHelper.propose(Side.BUY, new BidHelper.Situation(120, 0.25, p, 0), TERMS);
        assertEquals(80, buy.remainingKwh(), 1e-9);
        assertEquals(2.6667, buy.laxityHours(), 1e-4);
        assertEquals(1 / 3.0, buy.urgency(), 1e-9);
        assertEquals(new BigDecimal("0.167"), buy.price());
        assertEquals(72, buy.from());
        assertEquals(88, buy.to());
        assertEquals(new BigDecimal("20.0"), buy.kw());
        // the seller's side: a = 2 · 0.75 · 0.3333 = 0.5; it can defer 30 kWh from its 2 h run of rights: 15 kW
        BidHelper.Proposal sell = BidHelper.propose(Side.SELL, new BidHelper.Situation(120, 0.25, p, 0), TERMS);
        assertEquals(new BigDecimal("0.500"), sell.price());
        assertEquals(72, sell.from());
        assertEquals(80, sell.to());
        assertEquals(new BigDecimal("15.0"), sell.kw());
        // a station holding all it needs has urgency 0 and bids the floor; with nothing held it cannot sell
        BidHelper.Proposal none = BidHelper.propose(Side.SELL, new BidHelper.Situation(10, 1,
                new Position("ST-2", 60, 72, 88, new double[96], new double[96], new double[96]), 0), TERMS);
        assertFalse(none.any());
    }

    @Test
    void theCallMarketClearsEachOpenSlotOnItsOwn() {
        // order 0 buys 10 lots at 900 in slots 72-74, order 1 sells 6 at 300 in 73-75, order 2 buys 4 at 800 in 73;
        // slot 74 is closed. Slot 73: bids 900x10, 800x4; asks 300x6: k = 6, b_7 = 900, s_7 = cap 2000: p0 = 1450 >
        // b_6 = 900: McAfee trades 5 at 900 / 300.
        CallMarket.Book book = new CallMarket.Book(new boolean[] {true, false, true}, new int[] {72, 73, 73},
                new int[] {75, 76, 74}, new long[] {10, 6, 4}, new long[] {900, 300, 800});
        boolean[] open = new boolean[96];
        open[72] = true;
        open[73] = true;
        open[75] = true;
        CallMarket.Result r = CallMarket.clear(book, open, TERMS.auction());
        assertEquals(0, r.slots()[72].traded());
        assertNull(r.slots()[74]);
        assertEquals(5, r.slots()[73].traded());
        assertTrue(r.slots()[73].reduced());
        assertEquals(2, r.fills());
        assertEquals(5 * 600, r.surplus());
        assertEquals(5 * 600, r.welfare());
        assertEquals(900, r.price(book, 0));
        assertEquals(300, r.price(book, 1));
    }
}
