package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parkchain.access.boundary.CertificateAuthority;
import org.parkchain.charging.control.CallMarket;
import org.parkchain.charging.control.CapacityMargin;
import org.parkchain.charging.control.DoubleAuction;
import org.parkchain.charging.control.TradingAudit;
import org.parkchain.charging.control.TradingTerms;
import org.parkchain.charging.entity.Clearing;
import org.parkchain.charging.entity.Fill;
import org.parkchain.charging.entity.Side;
import org.parkchain.charging.entity.TradeOrder;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * Clearing the call market for charging rights, per transformer and day: every open order takes part in the auction
 * of each still-tradable slot of its range ({@link CallMarket}, the rule and κ from {@link TradingDesk}); its fills
 * move the rights and record the money (a buyer owes the slot's buy price, a seller is owed the sell price, McAfee's
 * difference is the market's surplus); the orders are then cleared; the invariant is checked on the rights as they
 * now stand (a clearing that breaks it is refused as a whole); the result is sealed by the market's key and recorded
 * on the ledger as one entry with the fills' Merkle root. A clearing runs under the transformer's trading lock, so an
 * order placed meanwhile waits and joins the next clearing.
 */
@Stateless
public class Clearings {
    private static final Logger LOG = Logger.getLogger(Clearings.class.getName());
    private static final BigDecimal CNY_PER_TICK_LOT = new BigDecimal("0.000025");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    TradingBook book;

    @Inject
    TradingDesk desk;

    @Inject
    ParkTopology topology;

    @Inject
    CertificateAuthority authority;

    @Inject
    TradeIntake intake;

    @Inject
    FillStore fillStore;

    /** Clears every transformer's open orders for a day now (the park admin's button); returns the clearings. */
    public List<Clearing> clearDay(LocalDate day, String by) {
        List<Clearing> done = new ArrayList<>();
        for (Transformer t : topology.transformers()) {
            clear(t.getId(), day, by).ifPresent(done::add);
        }
        return done;
    }

    /** Clears a transformer's day now; empty when it had no open order. */
    public Optional<Clearing> clear(long transformerId, LocalDate day, String by) {
        book.lock(transformerId);
        List<TradeOrder> orders = em.createQuery("SELECT o FROM TradeOrder o WHERE o.transformerId = :t AND "
                + "o.day = :d AND o.status = :s ORDER BY o.id", TradeOrder.class).setParameter("t", transformerId)
                .setParameter("d", day).setParameter("s", TradeOrder.Status.OPEN).getResultList();
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        TradingTerms terms = desk.terms();
        int n = orders.size();
        CallMarket.Book b = new CallMarket.Book(new boolean[n], new int[n], new int[n], new long[n], new long[n]);
        for (int i = 0; i < n; i++) {
            TradeOrder o = orders.get(i);
            b.buy()[i] = o.getSide() == Side.BUY;
            b.from()[i] = o.getFromSlot();
            b.to()[i] = o.getToSlot();
            b.lots()[i] = TradingTerms.lots(o.getQuantityKw());
            b.ticks()[i] = TradingTerms.ticks(o.getPrice());
        }
        boolean[] open = new boolean[CapacityMargin.SLOTS];
        Arrays.fill(open, desk.firstOpenSlot(day), CapacityMargin.SLOTS, true);
        CallMarket.Result r = CallMarket.clear(b, open, terms.auction());
        double[] buyPrice = new double[CapacityMargin.SLOTS];
        double[] sellPrice = new double[CapacityMargin.SLOTS];
        double[] traded = new double[CapacityMargin.SLOTS];
        for (int t = 0; t < CapacityMargin.SLOTS; t++) {
            DoubleAuction.Outcome o = r.slots()[t];
            boolean any = o != null && o.traded() > 0;
            buyPrice[t] = any ? o.buyPrice() / 1000.0 : -1;
            sellPrice[t] = any ? o.sellPrice() / 1000.0 : -1;
            traded[t] = any ? o.traded() / 10.0 : 0;
        }
        Clearing c = new Clearing(transformerId, day, terms.rule(), BigDecimal.valueOf(terms.kappa()), n, buyPrice,
                sellPrice, traded, money(r.welfare()), money(r.surplus()), by, clock.instant());
        em.persist(c);
        em.flush();
        List<Fill> fills = new ArrayList<>();
        for (int f = 0; f < r.fills(); f++) {
            Fill fill = Fill.auction(orders.get(r.fillOrder()[f]), c.getId(), r.fillSlot()[f],
                    TradingTerms.kw(r.fillLots()[f]), TradingTerms.price(r.price(b, f)), c.getRunAt());
            fills.add(fill);
        }
        fillStore.insert(fills);
        orders.forEach(o -> o.cleared(c.getId()));
        c.seal(TradingAudit.fillsRoot(fills), "");
        c.seal(c.getFillsRoot(), Base64.getEncoder().encodeToString(authority.ca().seal(CanonicalJson.bytes(
                TradingAudit.sealed(c)))));
        book.checkInvariant(transformerId, day, "Clearing");
        outbox.record(TradingAudit.CLEARED, c);
        LOG.info(() -> "Cleared " + n + " charging-rights orders on transformer " + transformerId + ", " + day + ": "
                + c.tradedKwh() + " kWh traded, welfare " + c.getWelfareCny() + " CNY, surplus " + c.getSurplusCny());
        return Optional.of(c);
    }

    /** Transformer days with open orders placed before the last clearing time (what the job clears). */
    public List<Object[]> due() {
        LocalDateTime boundary = desk.terms().lastClearingTime(desk.now());
        return em.createQuery("SELECT DISTINCT o.transformerId, o.day FROM TradeOrder o WHERE o.status = :s AND "
                + "o.placedAt < :b", Object[].class).setParameter("s", TradeOrder.Status.OPEN)
                .setParameter("b", desk.instant(boundary)).getResultList();
    }

    /**
     * The clearings of a day the caller may see, newest first: an operator those of the transformers its stations are
     * on, the park admin and the regulator all.
     */
    public List<Clearing> ofDay(String username, LocalDate day) {
        UserAccount user = intake.account(username);
        return em.createQuery("SELECT c FROM Clearing c WHERE c.day = :d ORDER BY c.id DESC", Clearing.class)
                .setParameter("d", day).getResultStream().filter(c -> sees(user, c)).toList();
    }

    public Clearing get(String username, long id) {
        Clearing c = em.find(Clearing.class, id);
        if (c == null || !sees(intake.account(username), c)) {
            throw new NotFoundException("error.clearing.notFound", id);
        }
        return c;
    }

    /** A clearing's fills the caller may see: an operator its own stations', the admin and regulator all. */
    public List<Fill> fills(String username, long clearingId) {
        UserAccount user = intake.account(username);
        get(username, clearingId);
        return em.createQuery("SELECT f FROM Fill f WHERE f.clearingId = :c ORDER BY f.orderId, f.slot", Fill.class)
                .setParameter("c", clearingId).getResultStream().filter(f -> user.getRole() != Role.STATION_OPERATOR
                        || mine(user, f.getStationId())).toList();
    }

    /** The fills of a day the caller may see (auction and P2P), in time order. */
    public List<Fill> fillsOfDay(String username, LocalDate day) {
        UserAccount user = intake.account(username);
        return em.createQuery("SELECT f FROM Fill f WHERE f.day = :d ORDER BY f.at, f.slot, f.id", Fill.class)
                .setParameter("d", day).getResultStream().filter(f -> user.getRole() != Role.STATION_OPERATOR
                        || mine(user, f.getStationId())).toList();
    }

    private boolean sees(UserAccount user, Clearing c) {
        return user.getRole() != Role.STATION_OPERATOR || topology.stationsOn(c.getTransformerId()).stream()
                .anyMatch(s -> s.operator().equals(user.participantId()));
    }

    private boolean mine(UserAccount user, long stationId) {
        return topology.station(stationId).map(s -> s.operator().equals(user.participantId())).orElse(false);
    }

    /** tick·lots as CNY: 0.001 CNY/kWh × 0.1 kW × 0.25 h. */
    private static BigDecimal money(long tickLots) {
        return BigDecimal.valueOf(tickLots).multiply(CNY_PER_TICK_LOT);
    }
}
