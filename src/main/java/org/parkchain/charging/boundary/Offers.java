package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.charging.control.Position;
import org.parkchain.charging.control.TradePayloads;
import org.parkchain.charging.control.TradeRules;
import org.parkchain.charging.control.TradingAudit;
import org.parkchain.charging.entity.Acceptance;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Fill;
import org.parkchain.charging.entity.Offer;
import org.parkchain.charging.entity.TradeForm;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;

/**
 * The P2P board for charging rights. Business rules: a station's operator posts an offer to buy or sell kW per slot
 * over a range at a price (the rules of orders apply, and what it offers is reserved); it is seen by the stations on
 * the same transformer, or only by the preferred partners when it names them, and by the park admin and regulator;
 * a station of another operator accepts all or part of what remains (its own side checked against its position), at
 * the posted price, in every slot of the range; the trade moves the rights at once and records what the buyer owes
 * the seller; two acceptances at once are serialised, so exactly one takes what is left; the poster may withdraw what
 * is left. Posting, accepting and withdrawing are each signed with the operator's market certificate.
 */
@Stateless
public class Offers {
    public static final String POST = "charging.offer.post";
    public static final String ACCEPT = TradePayloads.ACCEPT;
    public static final String WITHDRAW = TradePayloads.WITHDRAW;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    TradeIntake intake;

    @Inject
    TradingBook book;

    @Inject
    TradingDesk desk;

    @Inject
    MarketSignatures signatures;

    @Inject
    FillStore fillStore;

    @Inject
    ParkTopology topology;

    public JsonObject payload(String username, TradeForm form) {
        return intake.payload(POST, intake.check(intake.account(username), form, true), form.day());
    }

    public Offer post(String username, byte[] payload, String signature, String certificate) {
        TradeIntake.Signed s = intake.signed(username, POST, true, payload, signature, certificate);
        TradeIntake.Checked c = s.checked();
        Offer o = new Offer(c.station().getTransformerId(), c.station().getId(), s.day(), c.leg().side(),
                c.leg().from(), c.leg().to(), c.leg().kw(), c.leg().price(), c.partners(), username, clock.instant(),
                s.signature(), s.fingerprint());
        em.persist(o);
        em.flush();
        outbox.record(TradingAudit.POSTED, o, s.fingerprint());
        return o;
    }

    /** What an operator signs to accept {@code kw} per slot of an offer for one of its stations. */
    public JsonObject acceptPayload(String username, long offerId, Long stationId, BigDecimal kw) {
        UserAccount user = intake.account(username);
        Offer o = visible(user, offerId);
        acceptable(user, o, stationId, kw);
        return TradePayloads.acceptance(user, o, intake.ownStation(user, stationId), kw);
    }

    public Acceptance accept(String username, byte[] payload, String signature, String certificate) {
        UserAccount user = intake.account(username);
        JsonObject p;
        long offerId;
        long stationId;
        BigDecimal kw;
        try {
            p = CanonicalJson.parseObject(payload);
            offerId = p.getJsonNumber("offerId").longValueExact();
            stationId = p.getJsonNumber("stationId").longValueExact();
            kw = new BigDecimal(p.getString("kw"));
        } catch (RuntimeException e) {
            throw new BusinessException("error.trade.payload");
        }
        Offer o = visible(user, offerId);
        ChargingStation station = intake.ownStation(user, stationId);
        intake.same(payload, TradePayloads.acceptance(user, o, station, kw), "error.trade.payload");
        String fingerprint = signatures.verify(username, ACCEPT, payload, signature, certificate,
                Set.of(RoleNames.STATION_OPERATOR));
        // the signature is checked before the lock; under it, what the offer and the station hold now
        book.lock(o.getTransformerId());
        em.refresh(o);
        TradingBook.Day day = acceptable(user, o, stationId, kw);
        Acceptance a = new Acceptance(o.getId(), station.getId(), kw.setScale(1), username, clock.instant(),
                signature.trim(), fingerprint);
        em.persist(a);
        em.flush();
        o.take(a.getKw());
        List<Fill> fills = new ArrayList<>();
        for (int t = o.getFromSlot(); t < o.getToSlot(); t++) {
            fills.add(Fill.p2p(o, a, o.getStationId(), o.getSide(), station.getId(), t, a.getAcceptedAt()));
            fills.add(Fill.p2p(o, a, station.getId(), o.getSide().other(), o.getStationId(), t, a.getAcceptedAt()));
        }
        book.checkInvariant(day, fills, "P2P acceptance of offer " + o.getId());
        fillStore.insert(fills);
        outbox.record(TradingAudit.ACCEPTED, a, fingerprint);
        outbox.record(TradingAudit.TAKEN, o);
        return a;
    }

    public JsonObject withdrawPayload(String username, long offerId) {
        UserAccount user = intake.account(username);
        return TradePayloads.withdrawal(user, openOwn(user, offerId));
    }

    public Offer withdraw(String username, long offerId, byte[] payload, String signature, String certificate) {
        UserAccount user = intake.account(username);
        Offer o = openOwn(user, offerId);
        book.lock(o.getTransformerId());
        em.refresh(o);
        openOwn(user, offerId);
        intake.same(payload, TradePayloads.withdrawal(user, o), "error.trade.payload");
        String fingerprint = signatures.verify(username, WITHDRAW, payload, signature, certificate,
                Set.of(RoleNames.STATION_OPERATOR));
        o.withdraw(clock.instant(), signature.trim());
        em.flush();
        outbox.record(TradingAudit.WITHDRAWN, o, fingerprint);
        return o;
    }

    /**
     * The offers of a day the caller may see: an operator its own and those addressed to its stations (same
     * transformer, a preferred partner when any are named; once taken too, so that a late acceptor is told so); the
     * admin and the regulator all.
     */
    public List<Offer> of(String username, LocalDate day) {
        UserAccount user = intake.account(username);
        List<Offer> all = em.createQuery("SELECT o FROM Offer o WHERE o.day = :d ORDER BY o.id DESC", Offer.class)
                .setParameter("d", day).getResultList();
        if (user.getRole() != Role.STATION_OPERATOR) {
            return all;
        }
        List<ChargingStation> mine = topology.stationsOf(user.participantId());
        return all.stream().filter(o -> sees(mine, o)).toList();
    }

    /** One offer the caller may see, or "not found". */
    public Offer get(String username, long offerId) {
        return visible(intake.account(username), offerId);
    }

    private Offer visible(UserAccount user, long offerId) {
        Offer o = em.find(Offer.class, offerId);
        boolean operator = user.getRole() == Role.STATION_OPERATOR;
        if (o == null || operator && !sees(topology.stationsOf(user.participantId()), o)) {
            throw new NotFoundException("error.offer.notFound", offerId);
        }
        return o;
    }

    private static boolean sees(List<ChargingStation> mine, Offer o) {
        return mine.stream().anyMatch(s -> s.getId().equals(o.getStationId()))
                || mine.stream().anyMatch(s -> s.getTransformerId().equals(o.getTransformerId())
                && o.openTo(s.getId()));
    }

    /**
     * The accepting station, checked: the caller's own, not the poster's operator, open to it, able to take kw; the
     * day as it stands (with the station's position in it).
     */
    private TradingBook.Day acceptable(UserAccount user, Offer o, Long stationId, BigDecimal kw) {
        ChargingStation poster = em.find(ChargingStation.class, o.getStationId());
        if (poster.operator().equals(user.participantId())) {
            throw new BusinessException("error.offer.own", o.getId());
        }
        ChargingStation station = intake.ownStation(user, stationId);
        if (!station.getTransformerId().equals(o.getTransformerId()) || !o.openTo(station.getId())) {
            throw new NotFoundException("error.offer.notFound", o.getId());
        }
        if (!o.isOpen() || o.getRemainingKw().signum() == 0) {
            throw new BusinessException("error.offer.taken", o.getId());
        }
        int firstOpen = desk.firstOpenSlot(o.getDay());
        if (o.getFromSlot() < firstOpen) {
            throw new BusinessException("error.trade.slotClosed", o.getFrom(), firstOpen >= 96 ? "24:00"
                    : org.parkchain.charging.control.SlotTimes.label(firstOpen),
                    desk.terms().closeBefore().toMinutes());
        }
        Problems problems = new Problems();
        boolean quantity = kw != null && kw.signum() > 0 && kw.stripTrailingZeros().scale() <= 1;
        problems.check(quantity, "kw", kw != null && kw.signum() == 0 ? "error.trade.quantityZero"
                : "error.trade.quantity", TradeRules.MAX_KW);
        if (quantity && kw.compareTo(o.getRemainingKw()) > 0) {
            problems.add("kw", "error.offer.remaining", kw, o.getRemainingKw());
        }
        problems.throwIfAny();
        TradingBook.Day day = book.day(o.getTransformerId(), o.getDay());
        Position position = day.positions().get(station.getId());
        if (position == null) {
            problems.add("stationId", "error.trade.noRights", station.getCode(), o.getDay().toString());
        } else {
            TradeRules.fits(new TradeRules.Leg(o.getSide().other(), o.getFromSlot(), o.getToSlot(), kw, o.getPrice()),
                    position, problems);
        }
        problems.throwIfAny();
        return day;
    }

    private Offer openOwn(UserAccount user, long offerId) {
        Offer o = em.find(Offer.class, offerId);
        ChargingStation s = o == null ? null : em.find(ChargingStation.class, o.getStationId());
        if (s == null || !s.operator().equals(user.participantId())) {
            throw new NotFoundException("error.offer.notFound", offerId);
        }
        if (!o.isOpen()) {
            throw new BusinessException("error.offer.notOpen", offerId, o.getStatus().name());
        }
        return o;
    }
}
