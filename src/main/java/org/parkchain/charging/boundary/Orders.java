package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.charging.control.TradePayloads;
import org.parkchain.charging.control.TradingAudit;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.TradeForm;
import org.parkchain.charging.entity.TradeOrder;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.security.RoleNames;

/**
 * Orders in the call market for charging rights, placed and cancelled by station operators, each signed with the
 * operator's market certificate. Business rules: only the station's own operator places or cancels; the order meets
 * {@link org.parkchain.charging.control.TradeRules} within the trading window of an allocated day; a sell order
 * reserves rights the station holds and has not offered elsewhere, a buy order room within its window and maximum
 * ({@link org.parkchain.charging.control.Position}); the signature is over exactly the canonical payload of the
 * checked order; an order is open until the next clearing or its cancellation. The operator sees its own stations'
 * orders; the park admin and the regulator see all.
 */
@Stateless
public class Orders {
    public static final String PLACE = "charging.order.place";
    public static final String CANCEL = TradePayloads.CANCEL;

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
    MarketSignatures signatures;

    /** The canonical payload an operator signs for an order; refuses first whatever is wrong with it. */
    public JsonObject payload(String username, TradeForm form) {
        return intake.payload(PLACE, intake.check(intake.account(username), form, false), form.day());
    }

    /** Records a signed order (the payload from {@link #payload}, unchanged). */
    public TradeOrder place(String username, byte[] payload, String signature, String certificate) {
        TradeIntake.Signed s = intake.signed(username, PLACE, false, payload, signature, certificate);
        TradeIntake.Checked c = s.checked();
        TradeOrder o = new TradeOrder(c.station().getTransformerId(), c.station().getId(), s.day(), c.leg().side(),
                c.leg().from(), c.leg().to(), c.leg().kw(), c.leg().price(), username, clock.instant(),
                s.signature(), s.fingerprint());
        em.persist(o);
        em.flush();
        outbox.record(TradingAudit.PLACED, o, s.fingerprint());
        return o;
    }

    /** What an operator signs to cancel an open order. */
    public JsonObject cancelPayload(String username, long orderId) {
        UserAccount user = intake.account(username);
        return TradePayloads.cancellation(user, openOwn(user, orderId));
    }

    public TradeOrder cancel(String username, long orderId, byte[] payload, String signature, String certificate) {
        UserAccount user = intake.account(username);
        TradeOrder o = ownOrder(user, orderId);
        book.lock(o.getTransformerId());
        em.refresh(o);
        openOwn(user, orderId);
        intake.same(payload, TradePayloads.cancellation(user, o), "error.trade.payload");
        String fingerprint = signatures.verify(username, CANCEL, payload, signature, certificate,
                Set.of(RoleNames.STATION_OPERATOR));
        o.cancel(clock.instant(), signature.trim());
        em.flush();
        outbox.record(TradingAudit.CANCELLED, o, fingerprint);
        return o;
    }

    /** The orders of a day the caller may see: an operator its own stations', the admin and regulator all. */
    public List<TradeOrder> of(String username, LocalDate day) {
        UserAccount user = intake.account(username);
        if (user.getRole() == Role.STATION_OPERATOR) {
            return em.createQuery("SELECT o FROM TradeOrder o, ChargingStation s WHERE o.stationId = s.id AND "
                    + "o.day = :d AND s.operatorParticipantId = :op ORDER BY o.id DESC", TradeOrder.class)
                    .setParameter("d", day).setParameter("op", user.participantId().value()).getResultList();
        }
        return em.createQuery("SELECT o FROM TradeOrder o WHERE o.day = :d ORDER BY o.id DESC", TradeOrder.class)
                .setParameter("d", day).getResultList();
    }

    /** One order the caller may see, or "not found". */
    public TradeOrder get(String username, long orderId) {
        UserAccount user = intake.account(username);
        TradeOrder o = em.find(TradeOrder.class, orderId);
        if (o == null || user.getRole() == Role.STATION_OPERATOR && !mine(user, o)) {
            throw new NotFoundException("error.order.notFound", orderId);
        }
        return o;
    }

    private TradeOrder ownOrder(UserAccount user, long orderId) {
        TradeOrder o = em.find(TradeOrder.class, orderId);
        if (o == null || !mine(user, o)) {
            throw new NotFoundException("error.order.notFound", orderId);
        }
        return o;
    }

    private TradeOrder openOwn(UserAccount user, long orderId) {
        TradeOrder o = ownOrder(user, orderId);
        if (!o.isOpen()) {
            throw new BusinessException("error.order.notOpen", orderId, o.getStatus().name());
        }
        return o;
    }

    private boolean mine(UserAccount user, TradeOrder o) {
        ChargingStation s = em.find(ChargingStation.class, o.getStationId());
        return s != null && s.operator().equals(user.participantId());
    }
}
