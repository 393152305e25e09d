package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parkchain.charging.control.CapacityMargin;
import org.parkchain.charging.control.Position;
import org.parkchain.charging.control.RightsInvariant;
import org.parkchain.charging.entity.Allocation;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Fill;
import org.parkchain.charging.entity.Offer;
import org.parkchain.charging.entity.PostedRange;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.Side;
import org.parkchain.charging.entity.StationRight;
import org.parkchain.charging.entity.TradeOrder;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * A transformer's trading day as it stands: the allocation, and each station's position (rights = allocation + buys −
 * sells; what its open orders and offers reserve). Business rules: trading in a transformer is serialised by an
 * advisory lock per transformer (orders, offers, acceptances and clearings on every node), so that a right is never
 * sold twice; after every change the safety invariant ({@link RightsInvariant}) is checked on the rights as they now
 * stand, and a change that breaks it is refused as a whole and logged.
 */
@Stateless
public class TradingBook {
    private static final Logger LOG = Logger.getLogger(TradingBook.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ParkTopology topology;

    /** A transformer's allocated day: the run, its stations by id, and their positions (only stations with rights). */
    public record Day(Allocation allocation, Map<Long, ChargingStation> stations, Map<Long, Position> positions) {
    }

    @Inject
    TradingDesk desk;

    /** The first allocated day with slots still open for trading (the trading pages' default), else today. */
    public LocalDate tradingDay() {
        LocalDate today = desk.now().toLocalDate();
        return em.createQuery("SELECT DISTINCT a.day FROM Allocation a WHERE a.day >= :d ORDER BY a.day",
                LocalDate.class).setParameter("d", today).getResultStream()
                .filter(day -> desk.firstOpenSlot(day) < CapacityMargin.SLOTS).findFirst().orElse(today);
    }

    /** Serialises trading in a transformer until the transaction ends. */
    public void lock(long transformerId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + AdvisoryLock.CHARGING_TRADING.id() + ", "
                + Math.toIntExact(transformerId) + ")").getSingleResult();
    }

    /** The day as it stands, or a refusal when the transformer's day has not been allocated yet. */
    public Day day(long transformerId, LocalDate day) {
        Allocation a = em.createQuery("SELECT a FROM Allocation a WHERE a.transformerId = :t AND a.day = :d",
                Allocation.class).setParameter("t", transformerId).setParameter("d", day).getResultStream()
                .findFirst().orElseThrow(() -> new BusinessException(List.of(new BusinessException.Problem("day",
                        "error.trade.notAllocated", day.toString()))));
        Map<Long, ChargingStation> stations = new HashMap<>();
        topology.stationsOn(transformerId).forEach(s -> stations.put(s.getId(), s));
        Map<Long, double[]> held = new LinkedHashMap<>();
        Map<Long, double[]> buys = new HashMap<>();
        Map<Long, double[]> sells = new HashMap<>();
        for (StationRight r : a.getRights()) {
            held.put(r.getStationId(), r.kw());
        }
        // the trades summed per station, slot and side in the database: as cheap after 10,000 fills as after none
        for (Object[] row : em.createQuery("SELECT f.stationId, f.slot, f.side, SUM(f.kw) FROM Fill f WHERE "
                + "f.transformerId = :t AND f.day = :d GROUP BY f.stationId, f.slot, f.side", Object[].class)
                .setParameter("t", transformerId).setParameter("d", day).getResultList()) {
            double kw = ((java.math.BigDecimal) row[3]).doubleValue();
            held.computeIfAbsent((Long) row[0], s -> new double[CapacityMargin.SLOTS])[(Integer) row[1]] +=
                    row[2] == Side.BUY ? kw : -kw;
        }
        List<PostedRange> open = new ArrayList<>(em.createQuery("SELECT o FROM TradeOrder o WHERE o.transformerId = :t "
                + "AND o.day = :d AND o.status = :s", TradeOrder.class).setParameter("t", transformerId)
                .setParameter("d", day).setParameter("s", TradeOrder.Status.OPEN).getResultList());
        open.addAll(openOffers(transformerId, day));
        for (PostedRange o : open) {
            double kw = o instanceof Offer offer ? offer.getRemainingKw().doubleValue() : o.getQuantityKw().doubleValue();
            double[] reserved = (o.getSide() == Side.BUY ? buys : sells).computeIfAbsent(o.getStationId(),
                    s -> new double[CapacityMargin.SLOTS]);
            for (int t = o.getFromSlot(); t < o.getToSlot(); t++) {
                reserved[t] += kw;
            }
        }
        Map<Long, Position> positions = new LinkedHashMap<>();
        Map<Long, Requirement> requirements = new HashMap<>();
        if (!a.getRights().isEmpty()) {
            em.createQuery("SELECT r FROM Requirement r WHERE r.id IN :ids", Requirement.class).setParameter("ids",
                    a.getRights().stream().map(StationRight::getRequirementId).toList()).getResultList()
                    .forEach(r -> requirements.put(r.getId(), r));
        }
        for (StationRight r : a.getRights()) {
            Requirement q = requirements.get(r.getRequirementId());
            ChargingStation s = stations.get(r.getStationId());
            positions.put(s.getId(), new Position(s.getCode(), Math.min(s.getMaxPowerKw().doubleValue(),
                    q.getMaxKw().doubleValue()), q.getArrivalSlot(), q.getDepartureSlot(), held.get(s.getId()),
                    buys.getOrDefault(s.getId(), new double[CapacityMargin.SLOTS]),
                    sells.getOrDefault(s.getId(), new double[CapacityMargin.SLOTS])));
        }
        return new Day(a, stations, positions);
    }

    /** Checks the invariant on the rights as they now stand (after a flush); refuses and logs a violation. */
    public void checkInvariant(long transformerId, LocalDate day, String what) {
        em.flush();
        Day d = day(transformerId, day);
        List<RightsInvariant.Holder> holders = d.positions().values().stream().map(p -> new RightsInvariant.Holder(
                p.code(), p.maxKw(), p.from(), p.to(), p.held())).toList();
        refuseIfBroken(RightsInvariant.violations(d.allocation().marginKw(), holders), d, what);
    }

    /**
     * Checks the invariant on the day as it stood under the lock plus the fills about to be written (an acceptance's:
     * nothing else can have changed the rights meanwhile); refuses and logs a violation.
     */
    public void checkInvariant(Day before, List<Fill> fills, String what) {
        Map<Long, double[]> after = new HashMap<>();
        before.positions().forEach((id, p) -> after.put(id, p.held().clone()));
        for (Fill f : fills) {
            after.computeIfAbsent(f.getStationId(), s -> new double[CapacityMargin.SLOTS])[f.getSlot()] += f.signedKw();
        }
        List<RightsInvariant.Holder> holders = before.positions().entrySet().stream().map(e -> new RightsInvariant
                .Holder(e.getValue().code(), e.getValue().maxKw(), e.getValue().from(), e.getValue().to(),
                after.get(e.getKey()))).toList();
        refuseIfBroken(RightsInvariant.violations(before.allocation().marginKw(), holders), before, what);
    }

    private void refuseIfBroken(List<String> violations, Day d, String what) {
        if (!violations.isEmpty()) {
            LOG.severe(() -> what + " on transformer " + d.allocation().getTransformerId() + ", "
                    + d.allocation().getDay() + " refused, it breaks the safety invariant: " + violations);
            throw new BusinessException("error.trade.unsafe", violations.get(0));
        }
    }

    public List<Offer> openOffers(long transformerId, LocalDate day) {
        return em.createQuery("SELECT o FROM Offer o WHERE o.transformerId = :t AND o.day = :d AND o.status = :s "
                + "ORDER BY o.id", Offer.class).setParameter("t", transformerId).setParameter("d", day)
                .setParameter("s", Offer.Status.OPEN).getResultList();
    }
}
