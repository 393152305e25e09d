package org.parkchain.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.charging.boundary.Offers;
import org.parkchain.charging.boundary.Orders;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.boundary.TradingBook;
import org.parkchain.charging.control.Position;
import org.parkchain.charging.control.SlotTimes;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.TradeForm;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The charging-rights market in the demo park, through the trading boundaries (signed with the operators' held keys),
 * on the allocated day. On T1, where the evening is short, the stations' positions pick a seller and a buyer of
 * different operators and the hour (at most) in which the one holds rights to sell and the other has room: the buyer
 * bids 10 kW at 1.200, the seller asks 0.500 for up to 20 kW, and the third station, when it has room, bids up to 5 kW
 * at 0.400; the first clearing a newcomer triggers (or the next full hour) trades them. On T2, ST-S02 (60 % flexible)
 * offers 5 kW for 20:00–21:00 at 0.450 on the P2P board, for any station to accept.
 */
@Startup
@Singleton
@DependsOn("DemoCharging")
public class DemoRightsMarket {
    private static final Logger LOG = Logger.getLogger(DemoRightsMarket.class.getName());
    /** The demo's station codes end in the number of their operator's user: ST-N01 is station1's. */
    private static final java.util.Map<String, String> OPERATORS = java.util.Map.of("1", "station1", "2", "station2",
            "3", "station3");

    @Inject
    DemoPark demoPark;

    @Inject
    ParkTopology topology;

    @Inject
    TradingBook book;

    @Inject
    Orders orders;

    @Inject
    Offers offers;

    @Inject
    HeldKeys heldKeys;

    @Inject
    @ConfigProperty(name = "parkchain.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "parkchain.demo.password", defaultValue = "parkchain1")
    String password;

    @PostConstruct
    void load() {
        if (!enabled || !demoPark.loadedNow()) {
            return;
        }
        LocalDate day = book.tradingDay();
        ChargingStation n01 = station("ST-N01");
        TradingBook.Day t1 = book.day(n01.getTransformerId(), day);
        Pair pair = bestPair(t1);
        int placed = 0;
        if (pair != null) {
            String from = SlotTimes.label(pair.from());
            String to = SlotTimes.label(pair.to());
            placed += order(pair.buyer(), day, "BUY", "10", "1.2", from, to);
            placed += order(pair.seller(), day, "SELL", BigDecimal.valueOf(Math.min(20, pair.sellable()))
                    .setScale(1, RoundingMode.DOWN).toPlainString(), "0.5", from, to);
            for (ChargingStation third : t1.stations().values()) {
                Position p = t1.positions().get(third.getId());
                double room = p == null ? 0 : room(p, pair.from(), pair.to(), true);
                if (third != pair.buyer() && third != pair.seller() && room >= 1) {
                    placed += order(third, day, "BUY", String.valueOf((int) Math.min(5, room)), "0.4", from, to);
                    break;
                }
            }
        }
        ChargingStation s02 = station("ST-S02");
        Position p02 = book.day(s02.getTransformerId(), day).positions().get(s02.getId());
        boolean offered = p02 != null && room(p02, 80, 84, false) >= 5 && post("station2", s02, day);
        int count = placed;
        LOG.info(() -> "Demo rights market on " + day + ": " + count + " orders on T1" + (pair == null ? "" : " for "
                + SlotTimes.label(pair.from()) + "-" + SlotTimes.label(pair.to())) + ", " + (offered ? 1 : 0)
                + " P2P offer on T2");
    }

    /** A seller and a buyer of different operators and the hour (at most) where one can sell 5 kW, the other buy 10. */
    record Pair(ChargingStation seller, ChargingStation buyer, int from, int to, double sellable) {
    }

    private Pair bestPair(TradingBook.Day d) {
        Pair best = null;
        // on T1 the later codes are the more flexible loads (ST-N03 half, ST-N01 a tenth): they sell first
        List<ChargingStation> byCode = d.stations().values().stream()
                .sorted(java.util.Comparator.comparing(ChargingStation::getCode)).toList();
        List<ChargingStation> sellers = new java.util.ArrayList<>(byCode);
        java.util.Collections.reverse(sellers);
        for (ChargingStation seller : sellers) {
            for (ChargingStation buyer : byCode) {
                Position s = d.positions().get(seller.getId());
                Position b = d.positions().get(buyer.getId());
                if (s == null || b == null || seller.operator().equals(buyer.operator())) {
                    continue;
                }
                int run = 0;
                for (int t = 0; t < 96; t++) {
                    run = s.sellable(t) >= 5 && b.buyable(t) >= 10 ? run + 1 : 0;
                    int length = Math.min(run, 4);
                    if (length > 0 && (best == null || length > best.to() - best.from())) {
                        best = new Pair(seller, buyer, t + 1 - length, t + 1, room(s, t + 1 - length, t + 1, false));
                    }
                }
            }
        }
        return best;
    }

    private static double room(Position p, int from, int to, boolean buy) {
        double least = Double.MAX_VALUE;
        for (int t = from; t < to; t++) {
            least = Math.min(least, buy ? p.buyable(t) : p.sellable(t));
        }
        return least;
    }

    private int order(ChargingStation s, LocalDate day, String side, String kw, String price, String from,
                      String to) {
        String user = OPERATORS.get(s.getCode().substring(s.getCode().length() - 1));
        TradeForm form = new TradeForm(s.getId(), day, side, from, to, new BigDecimal(kw), new BigDecimal(price),
                List.of());
        byte[] payload = CanonicalJson.write(orders.payload(user, form)).getBytes(StandardCharsets.UTF_8);
        HeldKeys.Signed signed = heldKeys.sign(user, password, payload);
        orders.place(user, payload, signed.signature(), signed.certificatePem());
        return 1;
    }

    private boolean post(String user, ChargingStation s, LocalDate day) {
        TradeForm form = new TradeForm(s.getId(), day, "SELL", "20:00", "21:00", new BigDecimal("5"),
                new BigDecimal("0.45"), List.of());
        byte[] payload = CanonicalJson.write(offers.payload(user, form)).getBytes(StandardCharsets.UTF_8);
        HeldKeys.Signed signed = heldKeys.sign(user, password, payload);
        offers.post(user, payload, signed.signature(), signed.certificatePem());
        return true;
    }

    private ChargingStation station(String code) {
        return topology.stations().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
    }
}
